"""WEB: ``iku-docs serve``, a page in the user's own browser over the same ``pipeline`` as the CLI.

``app.py`` (the Flask app and its routes), ``uploads.py`` (each upload's folder, the worker thread,
removal after an hour), ``server.py`` (waitress on the loopback address, the token, the browser).
Flask and waitress are imported only here, so ``iku-docs --help`` stays fast.
"""

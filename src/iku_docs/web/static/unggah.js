// The drop zone: a file dropped anywhere on it (not only on the small native input) is taken, the chosen
// names are shown, and a file dropped elsewhere on the page never replaces the page. Without JavaScript
// the native input still works by clicking or by dropping onto it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const zona = document.querySelector("label.jatuhkan");
  const input = document.getElementById("berkas");
  if (!zona || !input) return;
  const terpilih = zona.querySelector(".terpilih");
  const tampilkan = () => {
    const nama = Array.from(input.files, (f) => f.name);
    terpilih.textContent = nama.length ? `Dipilih (${nama.length}): ${nama.join(", ")}` : "";
  };
  for (const jenis of ["dragenter", "dragover"]) {
    zona.addEventListener(jenis, (e) => { e.preventDefault(); zona.classList.add("seret"); });
  }
  for (const jenis of ["dragleave", "drop"]) {
    zona.addEventListener(jenis, () => zona.classList.remove("seret"));
  }
  zona.addEventListener("drop", (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      tampilkan();
    }
  });
  input.addEventListener("change", tampilkan);
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());
});

// office-addin-mock requires office-addin-manifest, whose ESM-only dependencies jest 30 cannot
// `require` (see ../shared/ECOSYSTEM.md). The mock only needs the host names.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};

export * from "./types";
export * from "./layout";
export * from "./build";
export * from "./sheet-name";
export * from "./weights";
export * from "./text";
export * from "./project-form";
export * from "./role-style";

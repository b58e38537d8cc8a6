// /projects.xlsx: the same table as /projects.csv, as an Excel workbook with the filters in force on its first row.
export { loader } from "./_app.projects[.csv]";

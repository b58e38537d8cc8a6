// /recommendations.xlsx: the same table as /recommendations.csv, as an Excel workbook with the filters in force on its first row.
export { loader } from "./_app.recommendations[.csv]";

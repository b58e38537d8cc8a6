// /directory/export.vcf: the same export as /directory/export.csv, as one vCard file.
export { loader } from "./_app.directory.export[.]csv";

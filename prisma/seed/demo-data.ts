// DEMO_DATA: whether the demo accounts and the demo content of every area are created. It does not depend
// on NODE_ENV: `npm start` serves production pages and, on its embedded database, the demo too.
//   unset  → on for the embedded database of `npm start` / `npm run dev`, off for a DATABASE_URL
//   1 / 0  → (also true/false, yes/no, on/off) on or off whatever the database

/** The DEMO_DATA setting: true, false, or undefined when unset. */
export function demoDataSetting(value = process.env.DEMO_DATA): boolean | undefined {
  const text = value?.trim().toLowerCase() ?? "";
  if (text === "") return undefined;
  if (["1", "true", "yes", "on"].includes(text)) return true;
  if (["0", "false", "no", "off"].includes(text)) return false;
  throw new Error(`DEMO_DATA is "${value}": set it to 1 (create the demo accounts and content) or 0 (do not), or leave it unset.`);
}

/** Whether to create demo data on this database: DEMO_DATA when set, otherwise on for the embedded database only. */
export function demoDataWanted(embeddedDatabase: boolean): boolean {
  return demoDataSetting() ?? embeddedDatabase;
}

/**
 * The last safeguard, in the function that creates accounts with a published password: never when DEMO_DATA is
 * off, and never on a production server unless DEMO_DATA says so (`npm start` always sets it after deciding).
 */
export function assertDemoDataAllowed() {
  const setting = demoDataSetting();
  if (setting === false || (setting === undefined && process.env.NODE_ENV === "production")) {
    throw new Error(
      "Demo accounts are created only when DEMO_DATA is on (it is unset or off here, with NODE_ENV=" +
        (process.env.NODE_ENV ?? "unset") +
        ").",
    );
  }
}

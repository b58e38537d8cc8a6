// Values the resource library's pages need in the browser as well as on the server.

/** Languages a document can be in: the six official UN languages first, then others common on the platform. */
export const RESOURCE_LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh", "pt", "de", "id", "sw", "other"] as const;
export type ResourceLanguage = (typeof RESOURCE_LANGUAGES)[number];

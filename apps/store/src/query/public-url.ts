/** Injection token: STORE_PUBLIC_URL, the API's absolute base as consumers reach it (undefined: from each request). */
export const STORE_PUBLIC_URL = Symbol('STORE_PUBLIC_URL');

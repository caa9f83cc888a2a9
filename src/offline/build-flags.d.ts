/** True in the served build (vite.config.ts), false in the single offline file (vite.single.config.ts). */
declare const __SERVICE_WORKER__: boolean;

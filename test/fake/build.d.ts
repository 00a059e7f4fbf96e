/** Types of build.js (plain CommonJS so jest's globalSetup can require it without a transform). */
export declare const outputPath: string;
export declare const sourcePath: string;
export declare function buildFakeLibrary(): string;
/** Every C source of the fake, the core file first. */
export declare function sourcePaths(): string[];

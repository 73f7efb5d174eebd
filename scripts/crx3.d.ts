// The crx3 package ships no types: the part of its API that scripts/package.ts uses.
declare module 'crx3' {
  interface Crx3Options {
    keyPath: string;
    crxPath: string;
    zipPath?: string;
  }
  interface Crx3Result {
    appId: string;
  }
  export default function crx3(files: string[], options: Crx3Options): Promise<Crx3Result>;
}

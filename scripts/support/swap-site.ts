import { lstat, mkdtemp, readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import path from "node:path";

/**
 * Publishes a finished build without a moment in which the site is missing. The served folder
 * (dist) is a symbolic link to the current build (dist.site-…); a new build is published by
 * renaming a new link over it, which the kernel does in one step, so a web server following the
 * link sees the old site or the new one, never neither. The build before the current one is kept
 * until the next swap, for requests that looked up a file just before the switch.
 */
export async function publishSite(outDir: string, built: string): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
  // mkdtemp names a folder no other build has, even two published in one millisecond; the rename
  // replaces the empty folder it made.
  const site = path.basename(await mkdtemp(path.join(parent, `${base}.site-`)));
  await rename(built, path.join(parent, site));
  const link = path.join(parent, `${base}.link-${process.pid}`);
  await rm(link, { force: true });
  // Relative, so the folder and its builds can move together.
  await symlink(site, link, "dir");
  const current = await lstat(outDir).catch(() => null);
  const previous = current?.isSymbolicLink() ? await readlink(outDir) : undefined;
  if (current && !current.isSymbolicLink()) {
    // A folder from before links were used: this one swap leaves a gap of two renames.
    const retired = path.join(parent, `${base}.retired-${process.pid}`);
    await rename(outDir, retired);
    await rename(link, outDir);
    await rm(retired, { recursive: true, force: true });
  } else {
    await rename(link, outDir);
  }
  const keep = new Set([site, previous && path.basename(previous)]);
  for (const name of await readdir(parent)) {
    if (name.startsWith(`${base}.site-`) && !keep.has(name)) {
      await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

/** Removes a published site: its link and every build beside it (removing the link alone leaves them). */
export async function removeSite(outDir: string): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
  await rm(outDir, { recursive: true, force: true });
  for (const name of await readdir(parent).catch(() => [])) {
    if (name.startsWith(`${base}.site-`)) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

/** The subject-code catalogues (科目目录), built from sourced data only: see data/README.md. */

import { labelKey } from '../text';
import functionalData from './data/functional.json';
import economicData from './data/economic.json';

export interface CatalogEntry {
  code: string;
  name: string;
  level: string;
  sources: string[];
  years: number[];
}

interface CatalogFile {
  kind: string;
  complete: boolean;
  items: CatalogEntry[];
  variants?: Array<{ code: string; names: string[] }>;
  /** The 类 names as a 公开01 lists them, without codes (functional only). */
  classNames?: Array<{ name: string }>;
}

export class Catalog {
  readonly kind: string;
  /** False while the list is partial: an unknown code is then only worth an info. */
  readonly complete: boolean;
  private readonly entries = new Map<string, CatalogEntry>();
  private readonly acceptedNames = new Map<string, Set<string>>();
  private readonly file: CatalogFile;

  constructor(file: CatalogFile) {
    this.file = file;
    this.kind = file.kind;
    this.complete = file.complete;
    for (const item of file.items) {
      this.entries.set(item.code, item);
      this.accept(item.code, item.name);
    }
    for (const v of file.variants ?? []) for (const n of v.names) this.accept(v.code, n);
  }

  private accept(code: string, name: string): void {
    let names = this.acceptedNames.get(code);
    if (!names) this.acceptedNames.set(code, (names = new Set()));
    names.add(labelKey(name));
  }

  get size(): number {
    return this.entries.size;
  }

  lookup(code: string): CatalogEntry | undefined {
    return this.entries.get(code);
  }

  /** True when the name is the catalogue's name of the code, up to bracket width and spaces. */
  nameMatches(code: string, name: string): boolean {
    return this.acceptedNames.get(code)?.has(labelKey(name)) ?? false;
  }

  /**
   * This catalogue with the user's entries (the year's official list, a file they give). A complete list
   * replaces the bundled data of this kind: the official names of the year are then the only ones. A
   * partial list extends it: the user's name for a code becomes the catalogue's name, the bundled name
   * stays accepted.
   */
  extend(items: CatalogEntry[], complete: boolean): Catalog {
    if (complete) return new Catalog({ ...this.file, complete: true, items, variants: [] });
    const byCode = new Map(this.file.items.map((i) => [i.code, i]));
    const variants = [...(this.file.variants ?? [])];
    for (const item of items) {
      const bundled = byCode.get(item.code);
      if (bundled && labelKey(bundled.name) !== labelKey(item.name))
        variants.push({ code: item.code, names: [bundled.name] });
      byCode.set(item.code, item);
    }
    return new Catalog({ ...this.file, items: [...byCode.values()], variants });
  }

  /** The 类 names a 公开01 lists (without codes), for telling a misspelt 类 name; empty when none are known. */
  classNames(): string[] {
    return (this.file.classNames ?? []).map((c) => c.name);
  }

  /** Every entry, for the narrative reader's name matching. */
  all(): CatalogEntry[] {
    return [...this.entries.values()];
  }
}

export interface Catalogs {
  functional: Catalog;
  economic: Catalog;
}

let cached: Catalogs | null = null;

export function defaultCatalogs(): Catalogs {
  if (!cached) {
    cached = {
      functional: new Catalog(functionalData as CatalogFile),
      economic: new Catalog(economicData as CatalogFile),
    };
  }
  return cached;
}

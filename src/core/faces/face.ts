/**
 * What a face of the disclosure is made of: how one region (or kind of unit) lays out its tables and
 * its narrative. A face is data: a new region is a new file beside mof.ts and a test, never new code.
 *
 * Table ids stay semantic whatever the face: the 三公 table is 公开09 in the model even where a face
 * prints it seventh; the face's `number` says where it is printed and `title` how it is called.
 */

import type { CompletenessTopic } from '../completeness/topics';
import type { TableId } from '../tables/model';
import type { FaceId } from './choices';

/** A value column of a coded table (公开02/03/05/07/08), matched against its header words. */
export interface ColumnSpec {
  key: string;
  label: string;
  match: RegExp;
  /**
   * A "其中" column (事业收入 其中：教育收费): the key of the column it is part of. It is no addend of the
   * row's total; it may not exceed its parent.
   */
  partOf?: string;
}

/** Header and label words the readers look for. */
export interface TableWords {
  /** The header of a code column: 科目代码, 功能分类科目编码. */
  codeHeader: RegExp;
  /** The header of the 科目名称 column. */
  nameHeader: RegExp;
  /** The value column of a 公开06 group: 决算数, 金额. */
  economicValue: RegExp;
  /** 公开06's closing labels. */
  personnelTotal: RegExp;
  publicTotal: RegExp;
  /** 三公's 预算数 and 决算数 labels. */
  budget: RegExp;
  actual: RegExp;
}

export interface FaceTable {
  id: TableId;
  /** Where the face prints it: 1 … 9 (the 公开NN number in the 财政部 face). */
  number: number;
  /** The usual title in this face. */
  title: string;
  /** Title words, the usual title and its synonyms; tried over every face's table in `titleOrder`. */
  titles: RegExp[];
}

/** Where the function codes of a coded table sit. */
export type CodeLayout =
  /** One column, "2010101" (with the name in the next column or in the same cell). */
  | 'single'
  /** Three text columns 类 | 款 | 项 ("201" "01" "01"), the parent's parts repeated on child rows. */
  | 'split'
  /** One 7-digit column with long names wrapped over two or three rows, the code on the first or middle one. */
  | 'wrapped';

export interface Face {
  id: FaceId;
  name: string;
  /** The tables of the face in the order it prints them. */
  tables: FaceTable[];
  /** Title patterns in the order they are tried: most specific first ("支出决算表" ends many titles). */
  titleOrder: TableId[];
  /** Header and label words of the tables. */
  words: TableWords;
  /** Value columns of each coded table by header words. */
  codedColumns: Partial<Record<TableId, ColumnSpec[]>>;
  /** The code layouts this face uses: names wrapped over rows are joined only where 'wrapped' is one. */
  codeLayouts: CodeLayout[];
  /** Whether tables carry a "公开NN表" marker (a 栏次 row goes with it: one of the face's signals). */
  markers: boolean;
  /** Wording of the note under an empty table. */
  emptyNote: RegExp;
  /**
   * Words that point to this face when detecting it (besides its titles), tried on each cell's text and
   * on each row's texts joined by "|" ("类|款|项": a header row, not a lone placeholder word).
   */
  signals: RegExp[];
  /** Narrative section headings per completeness topic, as this face words them. */
  sections: Partial<Record<CompletenessTopic, RegExp>>;
  /**
   * The completeness topics a disclosure of this face carries; absent: every topic. A university's four
   * tables and narrative carry no 三公, 机关运行经费 or 政府采购 section: those topics are not checked there.
   */
  topics?: readonly CompletenessTopic[];
}

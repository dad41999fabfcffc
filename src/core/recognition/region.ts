/** The rectangle of a sheet that one table may occupy: from its title to the next title. */
export interface Region {
  top: number;
  bottom: number;
  left: number;
  right: number;
  titleCol: number;
}

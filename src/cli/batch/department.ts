/** The department a workbook belongs to, and a narrative kept in the workbook itself (both in core/years/unit.ts). */

export { departmentOf, narrativeSheetText } from '../../core/years/unit';

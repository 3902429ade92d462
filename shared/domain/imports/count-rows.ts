/**
 * The column a count metric (tickets solved) is mapped to when each row is one ticket: the metric
 * counts the rows instead of reading a column. A saved mapping stores it as the column name, so
 * it is a text no export uses as a heading.
 */
export const COUNT_ROWS = '(count rows)';
export const COUNT_ROWS_LABEL = 'Count the rows (one row per ticket)';

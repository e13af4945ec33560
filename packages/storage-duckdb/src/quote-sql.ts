/** A DuckDB identifier in double quotes (a column name read from a file can hold anything). */
export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`

/** A DuckDB string literal in single quotes. */
export const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`

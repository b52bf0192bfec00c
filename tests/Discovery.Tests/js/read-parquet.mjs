// Reads one Parquet file with hyparquet (pure JavaScript, no DuckDB) and prints its rows as a JSON array.
// BigInt values print as numbers when safe, else strings; timestamps print as ISO-8601 strings.
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'

const path = process.argv[2]
if (!path) {
  console.error('usage: node read-parquet.mjs FILE.parquet')
  process.exit(2)
}
const file = await asyncBufferFromFile(path)
const rows = await parquetReadObjects({ file, compressors })
const json = JSON.stringify(rows, (_key, value) => {
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString()
  }
  return value
})
process.stdout.write(json)

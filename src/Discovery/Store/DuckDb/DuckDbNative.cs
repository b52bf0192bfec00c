using System.Runtime.InteropServices;

namespace Discovery.Store.DuckDb;

/// <summary>
/// The slice of DuckDB's C API (duckdb.h, 1.5) the binding uses. Handles are opaque pointers; functions that
/// take <c>duckdb_x *</c> to destroy a handle get a pointer to a local copy. <c>duckdb_result</c> is a
/// 48-byte struct the caller owns, so it lives in native memory owned by <see cref="DuckDbResultHandle"/>.
/// </summary>
internal static unsafe partial class DuckDbNative
{
    private const string Library = "duckdb";

    internal const int Success = 0;

    [LibraryImport(Library, EntryPoint = "duckdb_library_version")]
    internal static partial byte* LibraryVersion();

    [LibraryImport(Library, EntryPoint = "duckdb_free")]
    internal static partial void Free(nint pointer);

    [LibraryImport(Library, EntryPoint = "duckdb_open_ext", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int OpenExt(string? path, out nint database, nint config, out nint error);

    [LibraryImport(Library, EntryPoint = "duckdb_close")]
    internal static partial void Close(ref nint database);

    [LibraryImport(Library, EntryPoint = "duckdb_create_config")]
    internal static partial int CreateConfig(out nint config);

    [LibraryImport(Library, EntryPoint = "duckdb_set_config", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetConfig(nint config, string name, string option);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_config")]
    internal static partial void DestroyConfig(ref nint config);

    [LibraryImport(Library, EntryPoint = "duckdb_connect")]
    internal static partial int Connect(DuckDbDatabaseHandle database, out nint connection);

    [LibraryImport(Library, EntryPoint = "duckdb_disconnect")]
    internal static partial void Disconnect(ref nint connection);

    [LibraryImport(Library, EntryPoint = "duckdb_interrupt")]
    internal static partial void Interrupt(DuckDbConnectionHandle connection);

    [LibraryImport(Library, EntryPoint = "duckdb_query", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Query(DuckDbConnectionHandle connection, string sql, nint result);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_result")]
    internal static partial void DestroyResult(nint result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_error")]
    internal static partial byte* ResultError(nint result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_count")]
    internal static partial ulong ColumnCount(nint result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_name")]
    internal static partial byte* ColumnName(nint result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_column_type")]
    internal static partial DuckDbType ColumnType(nint result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_rows_changed")]
    internal static partial ulong RowsChanged(nint result);

    // duckdb_fetch_chunk takes the duckdb_result struct by value.
    [LibraryImport(Library, EntryPoint = "duckdb_fetch_chunk")]
    internal static partial nint FetchChunk(DuckDbResultStruct result);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_size")]
    internal static partial ulong DataChunkGetSize(DuckDbDataChunkHandle chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    internal static partial nint DataChunkGetVector(DuckDbDataChunkHandle chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_data_chunk")]
    internal static partial void DestroyDataChunk(ref nint chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    internal static partial void* VectorGetData(nint vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    internal static partial ulong* VectorGetValidity(nint vector);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Prepare(DuckDbConnectionHandle connection, string sql, out nint statement);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_error")]
    internal static partial byte* PrepareError(nint statement);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_prepare")]
    internal static partial void DestroyPrepare(ref nint statement);

    [LibraryImport(Library, EntryPoint = "duckdb_nparams")]
    internal static partial ulong ParameterCount(DuckDbPreparedStatementHandle statement);

    [LibraryImport(Library, EntryPoint = "duckdb_clear_bindings")]
    internal static partial int ClearBindings(DuckDbPreparedStatementHandle statement);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_boolean")]
    internal static partial int BindBoolean(DuckDbPreparedStatementHandle statement, ulong index, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int32")]
    internal static partial int BindInt32(DuckDbPreparedStatementHandle statement, ulong index, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int64")]
    internal static partial int BindInt64(DuckDbPreparedStatementHandle statement, ulong index, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_double")]
    internal static partial int BindDouble(DuckDbPreparedStatementHandle statement, ulong index, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp")]
    internal static partial int BindTimestamp(DuckDbPreparedStatementHandle statement, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_varchar_length")]
    internal static partial int BindVarcharLength(DuckDbPreparedStatementHandle statement, ulong index, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_null")]
    internal static partial int BindNull(DuckDbPreparedStatementHandle statement, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_execute_prepared")]
    internal static partial int ExecutePrepared(DuckDbPreparedStatementHandle statement, nint result);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_create", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int AppenderCreate(DuckDbConnectionHandle connection, string? schema, string table, out nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_error")]
    internal static partial byte* AppenderError(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_flush")]
    internal static partial int AppenderFlush(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_close")]
    internal static partial int AppenderClose(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_destroy")]
    internal static partial int AppenderDestroy(ref nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_end_row")]
    internal static partial int AppenderEndRow(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_bool")]
    internal static partial int AppendBool(DuckDbAppenderHandle appender, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int32")]
    internal static partial int AppendInt32(DuckDbAppenderHandle appender, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int64")]
    internal static partial int AppendInt64(DuckDbAppenderHandle appender, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_double")]
    internal static partial int AppendDouble(DuckDbAppenderHandle appender, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_timestamp")]
    internal static partial int AppendTimestamp(DuckDbAppenderHandle appender, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_append_varchar_length")]
    internal static partial int AppendVarcharLength(DuckDbAppenderHandle appender, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_append_null")]
    internal static partial int AppendNull(DuckDbAppenderHandle appender);

    /// <summary>Reads a NUL-terminated UTF-8 string DuckDB owns (not freed here).</summary>
    internal static string? ReadString(byte* value) =>
        value is null ? null : Marshal.PtrToStringUTF8((nint)value);
}

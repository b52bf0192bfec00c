namespace Discovery.Store.DuckDb;

/// <summary>
/// A DuckDB database: a file, or in memory. Thread-safe to connect from; each <see cref="DuckDbConnection"/>
/// is for one thread at a time. Disposing it while connections are open is safe: the native close waits for
/// the last connection.
/// </summary>
internal sealed class DuckDbDatabase : IDisposable
{
    private readonly DuckDbDatabaseHandle _handle;

    private DuckDbDatabase(DuckDbDatabaseHandle handle)
    {
        _handle = handle;
    }

    /// <summary>The linked DuckDB library's version (<c>v1.5.x</c>).</summary>
    public static string LibraryVersion
    {
        get
        {
            unsafe
            {
                return DuckDbNative.ReadString(DuckDbNative.LibraryVersion()) ?? string.Empty;
            }
        }
    }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/>, or an in-memory one when null.</summary>
    /// <param name="path">A database file path, or null for an in-memory database.</param>
    /// <param name="options">DuckDB configuration options (<c>threads</c>, <c>memory_limit</c>, ...), or null.</param>
    /// <exception cref="DuckDbException">DuckDB could not open the database or rejected an option.</exception>
    public static DuckDbDatabase Open(string? path, IReadOnlyDictionary<string, string>? options = null)
    {
        var config = (nint)0;
        try
        {
            if (options is { Count: > 0 })
            {
                if (DuckDbNative.CreateConfig(out config) != DuckDbNative.Success)
                {
                    throw new DuckDbException("duckdb_create_config failed");
                }

                foreach (var (name, value) in options)
                {
                    if (DuckDbNative.SetConfig(config, name, value) != DuckDbNative.Success)
                    {
                        throw new DuckDbException($"DuckDB rejected the option '{name}'");
                    }
                }
            }

            var state = DuckDbNative.OpenExt(path, out var database, config, out var error);
            if (state != DuckDbNative.Success)
            {
                string message;
                unsafe
                {
                    message = DuckDbNative.ReadString((byte*)error) ?? "duckdb_open_ext failed";
                }

                DuckDbNative.Free(error);
                throw new DuckDbException(message);
            }

            return new DuckDbDatabase(DuckDbDatabaseHandle.FromPointer(database));
        }
        finally
        {
            if (config != 0)
            {
                DuckDbNative.DestroyConfig(ref config);
            }
        }
    }

    /// <summary>Opens a new connection to this database.</summary>
    public DuckDbConnection Connect()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        return new DuckDbConnection(DuckDbConnectionHandle.Connect(_handle));
    }

    /// <summary>Releases this reference to the database; it closes once its connections are closed too.</summary>
    public void Dispose() => _handle.Dispose();
}

namespace Discovery.Store;

/// <summary>What a create, replace or delete did. The API maps each to one HTTP status.</summary>
internal enum WriteOutcome
{
    /// <summary>A new record was stored (201).</summary>
    Created,

    /// <summary>An existing record changed (200).</summary>
    Updated,

    /// <summary>The record already had these values; nothing was written (200).</summary>
    Unchanged,

    /// <summary>The record was deleted (204).</summary>
    Deleted,

    /// <summary>No record has that id or name (404).</summary>
    NotFound,

    /// <summary>The write would break a rule about other records: a duplicate xname or name, a profile still in use (409).</summary>
    Conflict,

    /// <summary>The record changed since the version the caller named in If-Match (412).</summary>
    PreconditionFailed,

    /// <summary>A field is invalid; see <see cref="WriteResult{T}.Errors"/> (400).</summary>
    Invalid,
}

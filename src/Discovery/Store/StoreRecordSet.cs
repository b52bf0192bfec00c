using System.Globalization;
using System.Text.Json;
using Discovery.Text;

namespace Discovery.Store;

/// <summary>
/// What every kind's record set does the same way: listing with filters and pages, lookup by key, and the
/// create/replace/delete flow (If-Match check, validation, diff, version, history) inside one write transaction.
/// Each kind supplies its table, how a key matches, how rows become hydrated records, and what to check.
/// </summary>
internal abstract class StoreRecordSet<T> : IRecordSet<T>
    where T : class
{
    protected StoreRecordSet(InventoryStore store)
    {
        Store = store;
    }

    public abstract RecordKind Kind { get; }

    protected InventoryStore Store { get; }

    /// <summary>
    /// True when this kind's creates and replaces may hold their row writes back in a group commit
    /// (<see cref="WriteTransaction.Pending"/>): every read they make inside the transaction settles what waits first.
    /// </summary>
    protected virtual bool InBulk => false;

    /// <summary>The kind's table, made from its record's column map.</summary>
    protected abstract RecordTable<T> Rows { get; }

    protected StoreTable Table => Rows.Table;

    /// <summary>The order of listings (total: ends with the id).</summary>
    protected abstract SortOrder<T> Order { get; }

    /// <summary>The ORDER BY of listings.</summary>
    protected string OrderBy => Order.Sql;

    /// <summary>A WHERE clause matching <paramref name="key"/> (an id, or the kind's name for it).</summary>
    protected abstract FilterClause KeyClause(string key);

    public async Task<RecordPage<T>> ListAsync(RecordQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.AsOf is { } instant)
        {
            var past = await Store.AsOfAsync(instant, cancellationToken);
            var page = await In(past).ListAsync(query with { AsOf = null }, cancellationToken);
            return page with { Snapshot = past.Snapshot };
        }

        if (query.Limit is < 0 || query.Offset < 0)
        {
            throw new InventoryQueryException(query.Offset < 0 ? "offset" : "limit", "limit and offset cannot be negative");
        }

        if (ListInMemory(query) is { } remembered)
        {
            return remembered;
        }

        var where = RecordFilters.Where(Kind, query.Filters);
        var read = query.After is { } cursor ? where.And(Order.After(cursor)) : where;
        cancellationToken.ThrowIfCancellationRequested();
        return Store.Read(c =>
        {
            // A selective filter matches a few rows: read them all (index scan) and page here.
            var page = read.Selective ? string.Empty
                : query.Limit is { } limit
                    ? string.Create(CultureInfo.InvariantCulture, $"LIMIT {limit} OFFSET {query.Offset}")
                    : string.Create(CultureInfo.InvariantCulture, $"OFFSET {query.Offset}");
            var items = Load(c, read, page);
            long remaining = items.Count;
            if (read.Selective)
            {
                items = [.. items.Skip(query.Offset).Take(query.Limit ?? int.MaxValue)];
            }
            else
            {
                remaining = Count(c, read);
            }

            // All counts come from this one read transaction, so they agree with the items whatever writes go on.
            var total = ReferenceEquals(read, where) ? remaining : Count(c, where);
            var first = total - remaining + query.Offset;
            var next = first + items.Count;
            var more = next < total && items.Count > 0;
            return new RecordPage<T>
            {
                Items = [.. items.Select(i => i.Record)],
                Total = total,
                Offset = (int)Math.Min(first, int.MaxValue),
                NextOffset = more ? (int)Math.Min(next, int.MaxValue) : null,
                NextAfter = more ? Order.CursorOf(items[^1].Record) : null,
            };
        });
    }

    public Task<Versioned<T>?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(TryFindInMemory(key, out var found) ? found : Store.Read(c => Find(c, key)));
    }

    public Task<WriteResult<T>> CreateAsync(T record, WriteConditions conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(conditions);
        // Checked here, on the caller's thread, not in the group commit: the check needs nothing stored, and the group's
        // writes run one after another under the write lock.
        var normalized = Normalize(record);
        return Store.WriteGroupedAsync(conditions.Actor, tx => Create(tx, record, normalized), r => r.Succeeded, InBulk, cancellationToken);
    }

    public Task<WriteResult<T>> ReplaceAsync(string key, T record, WriteConditions conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(conditions);
        var normalized = Normalize(record);
        return Store.WriteGroupedAsync(conditions.Actor, tx => Replace(tx, key, record, conditions.IfMatch, normalized), r => r.Succeeded, InBulk, cancellationToken);
    }

    public Task<WriteResult<T>> DeleteAsync(string key, WriteConditions conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(conditions);
        return Store.WriteGroupedAsync(conditions.Actor, tx => Delete(tx, key, conditions.IfMatch), r => r.Succeeded, bulk: false, cancellationToken);
    }

    /// <summary>The record <paramref name="key"/> names, read on <paramref name="connection"/>; null when none.</summary>
    internal Versioned<T>? Find(StoreConnection connection, string key)
    {
        // No LIMIT: keys are unique, and ORDER BY ... LIMIT would scan the table instead of using the index.
        var items = Load(connection, KeyClause(key.Trim()), string.Empty);
        return items.Count == 0 ? null : items[0];
    }

    /// <summary>The record <paramref name="key"/> names at this point of <paramref name="tx"/> (from the kind's read model where it has one).</summary>
    internal Versioned<T>? FindInWrite(WriteTransaction tx, string key) => FindForWrite(tx, key);

    internal WriteResult<T> Create(WriteTransaction tx, T record, (T Record, IReadOnlyList<RecordError> Errors)? normalized = null)
    {
        var id = IdOf(record) == Guid.Empty ? Guid.NewGuid() : IdOf(record);
        if (FindForWrite(tx, id.ToString()) is not null)
        {
            return WriteResult<T>.Refused(WriteOutcome.Conflict, $"a {RecordKinds.Name(Kind)} with id {id} already exists", [new RecordError("id", $"{id} is taken")]);
        }

        return Save(tx, null, WithId(record, id), normalized: normalized);
    }

    internal WriteResult<T> Replace(WriteTransaction tx, string key, T record, long? ifMatch, (T Record, IReadOnlyList<RecordError> Errors)? normalized = null)
    {
        var existing = FindForWrite(tx, key);
        if (existing is null)
        {
            return WriteResult<T>.Refused(WriteOutcome.NotFound, $"no {RecordKinds.Name(Kind)} {QuotedValue.Of(key)}");
        }

        if (ifMatch is { } expected && expected != existing.Version)
        {
            return WriteResult<T>.Refused(WriteOutcome.PreconditionFailed,
                $"{RecordKinds.Name(Kind)} {QuotedValue.Of(key)} is at version {existing.Version}, not {expected}: it changed since it was read; read it again");
        }

        var given = IdOf(record);
        if (given != Guid.Empty && given != IdOf(existing.Record))
        {
            return WriteResult<T>.Refused(WriteOutcome.Invalid, $"the id {given} in the body differs from the stored {IdOf(existing.Record)}",
                [new RecordError("id", $"{given} differs from the stored id {IdOf(existing.Record)}; ids cannot change")]);
        }

        return Save(tx, existing, WithId(record, IdOf(existing.Record)), normalized: normalized);
    }

    internal WriteResult<T> Delete(WriteTransaction tx, string key, long? ifMatch)
    {
        var existing = FindForWrite(tx, key);
        if (existing is null)
        {
            return WriteResult<T>.Refused(WriteOutcome.NotFound, $"no {RecordKinds.Name(Kind)} {QuotedValue.Of(key)}");
        }

        if (ifMatch is { } expected && expected != existing.Version)
        {
            return WriteResult<T>.Refused(WriteOutcome.PreconditionFailed,
                $"{RecordKinds.Name(Kind)} {QuotedValue.Of(key)} is at version {existing.Version}, not {expected}: it changed since it was read");
        }

        if (DeleteBlocker(tx, existing.Record) is { } blocker)
        {
            return WriteResult<T>.Refused(WriteOutcome.Conflict, blocker);
        }

        var version = tx.NextVersion();
        Remove(tx, existing.Record, version);
        tx.Record(version, Kind, IdOf(existing.Record), LabelOf(existing.Record), ChangeKind.Removed, []);
        return new WriteResult<T> { Outcome = WriteOutcome.Deleted, Record = existing.Record, Version = existing.Version };
    }

    /// <summary>
    /// Validates, diffs and stores <paramref name="desired"/> over <paramref name="existing"/> (null: a new record).
    /// Nothing is written when nothing changed, unless <paramref name="touched"/> (a crawl's seen-times).
    /// </summary>
    /// <param name="tx">The write transaction.</param>
    /// <param name="existing">The stored record, or null for a new one.</param>
    /// <param name="desired">The record as it is to be.</param>
    /// <param name="touched">True when a write is due even without changes (a crawl's seen-times).</param>
    /// <param name="normalized">
    /// <see cref="Normalize"/>'s answer for <paramref name="desired"/> with whatever id it had, when the caller already has
    /// it (the format rules never look at the id, which <paramref name="desired"/> may have been given since).
    /// </param>
    internal WriteResult<T> Save(WriteTransaction tx, Versioned<T>? existing, T desired, bool touched = false, (T Record, IReadOnlyList<RecordError> Errors)? normalized = null)
    {
        var (normalForm, formatErrors) = normalized is { } given ? (WithId(given.Record, IdOf(desired)), given.Errors) : Normalize(desired);
        desired = normalForm;
        var errors = formatErrors.Concat(CheckReferences(tx, desired)).ToList();
        if (errors.Count > 0)
        {
            return WriteResult<T>.Refused(WriteOutcome.Invalid, $"{RecordKinds.Name(Kind)} {Describe(desired)} is not valid: {errors[0].Field}: {errors[0].Message}", errors);
        }

        var conflicts = Conflicts(tx, desired);
        if (conflicts.Count > 0)
        {
            return WriteResult<T>.Refused(WriteOutcome.Conflict, $"{conflicts[0].Field}: {conflicts[0].Message}", conflicts);
        }

        var stamped = Stamp(tx, desired, existing?.Record);
        var changes = existing is null ? [] : RecordDiff.Compare(ToJson(existing.Record), ToJson(stamped));
        if (existing is not null && changes.Count == 0 && !touched)
        {
            return new WriteResult<T> { Outcome = WriteOutcome.Unchanged, Record = existing.Record, Version = existing.Version };
        }

        if (existing is not null && changes.Count == 0)
        {
            // Only seen-times moved: the row is written and takes a version, but history has nothing to say.
            stamped = Stamp(tx, desired, existing.Record, changed: false);
        }

        var version = tx.NextVersion();
        Write(tx, stamped, existing?.Record, version);
        if (existing is null || changes.Count > 0)
        {
            tx.Record(version, Kind, IdOf(stamped), LabelOf(stamped), existing is null ? ChangeKind.Added : ChangeKind.Changed, changes);
        }

        // The stamped record is what was written (child ids assigned, lists in stored order): no need to read it back.
        return new WriteResult<T>
        {
            Outcome = existing is null ? WriteOutcome.Created : (changes.Count > 0 ? WriteOutcome.Updated : WriteOutcome.Unchanged),
            Record = stamped,
            Version = version,
            Changes = changes,
        };
    }

    /// <summary>The record <paramref name="key"/> names at this point of <paramref name="tx"/> (a kind with a read model may answer from it).</summary>
    protected virtual Versioned<T>? FindForWrite(WriteTransaction tx, string key) => Find(tx.Connection, key);

    /// <summary>The record <paramref name="key"/> names, from the kind's read model; false when it has none (read DuckDB).</summary>
    protected virtual bool TryFindInMemory(string key, out Versioned<T>? found)
    {
        found = null;
        return false;
    }

    /// <summary>A page answered by the kind's read model; null when the query needs DuckDB.</summary>
    protected virtual RecordPage<T>? ListInMemory(RecordQuery query) => null;

    /// <summary>The same kind's set in another store (a past snapshot).</summary>
    protected abstract IRecordSet<T> In(InventoryStore store);

    /// <summary>Reads the rows matching <paramref name="where"/> (then <paramref name="suffix"/>: LIMIT ...) as whole records.</summary>
    protected abstract IReadOnlyList<Versioned<T>> Load(StoreConnection connection, FilterClause where, string suffix);

    protected abstract Guid IdOf(T record);

    protected abstract T WithId(T record, Guid id);

    /// <summary>The xname or name history and messages show.</summary>
    protected abstract string? LabelOf(T record);

    /// <summary>The record in normal form (canonical xnames, MACs, IPs), or the fields that break a format rule (400).</summary>
    protected abstract (T Record, IReadOnlyList<RecordError> Errors) Normalize(T record);

    /// <summary>Field errors (400) for references to records that do not exist (a group, a boot profile, an owner).</summary>
    protected abstract IReadOnlyList<RecordError> CheckReferences(WriteTransaction tx, T record);

    /// <summary>Clashes with other records (409): a duplicate xname or name.</summary>
    protected abstract IReadOnlyList<RecordError> Conflicts(WriteTransaction tx, T record);

    /// <summary>The record as it will be stored: child ids assigned, first-seen kept, last-updated set (when <paramref name="changed"/>).</summary>
    protected abstract T Stamp(WriteTransaction tx, T desired, T? existing, bool changed = true);

    /// <summary>Writes the row and its children (NICs, memberships).</summary>
    protected abstract void Write(WriteTransaction tx, T record, T? existing, long version);

    /// <summary>Why the record cannot be deleted now (409), or null.</summary>
    protected abstract string? DeleteBlocker(WriteTransaction tx, T record);

    /// <summary>Deletes the row and its children; <paramref name="version"/> is the removal's (records it touched take it).</summary>
    protected abstract void Remove(WriteTransaction tx, T record, long version);

    protected abstract JsonElement ToJson(T record);

    /// <summary>Writes a record's row at <paramref name="version"/>, after deleting its old row when there is one.</summary>
    protected void WriteRow(WriteTransaction tx, T record, bool exists, long version)
    {
        if (tx.Pending is { } pending)
        {
            // A batch (an apply's nodes): the row waits and goes in bulk with the others.
            if (exists)
            {
                pending.Delete(Table, IdOf(record));
            }

            pending.Insert(Table, IdOf(record), Rows.Values(record, tx.Now, version));
            return;
        }

        if (exists)
        {
            tx.Connection.Execute(Table.DeleteByIdSql, IdOf(record).ToString());
        }

        Rows.Insert(tx.Connection, record, tx.Now, version);
    }

    /// <summary>
    /// The rows of <paramref name="where"/>: a page (<paramref name="suffix"/> LIMIT/OFFSET) in DuckDB's order, or all of
    /// them (a key, a selective filter) sorted here, which spares DuckDB planning an ORDER BY for a few rows.
    /// </summary>
    protected IReadOnlyList<Versioned<T>> LoadRows(StoreConnection connection, FilterClause where, string suffix)
    {
        if (suffix.Length > 0)
        {
            return [.. Rows.Select(connection, $"WHERE {where.Sql} ORDER BY {OrderBy} {suffix}", where.Parameters).Select(r => new Versioned<T>(r.Record, r.Version))];
        }

        var rows = Rows.Select(connection, $"WHERE {where.Sql}", where.Parameters);
        rows.Sort((x, y) => Order.Compare(x.Record, y.Record));
        return [.. rows.Select(r => new Versioned<T>(r.Record, r.Version))];
    }

    private long Count(StoreConnection connection, FilterClause where) =>
        long.Parse(connection.Scalar($"SELECT count(*) FROM {Table.Name} WHERE {where.Sql}", where.Parameters) ?? "0", CultureInfo.InvariantCulture);

    private string Describe(T record) => LabelOf(record) is { } label ? QuotedValue.Of(label) : IdOf(record).ToString();
}

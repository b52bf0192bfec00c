namespace Discovery.Records.Columns;

/// <summary>
/// A record's columns, declared once, in table order: the store's and the crawl log's tables, snapshots, replay and
/// the API's column filters all read this map, by name. Built with the typed methods (<see cref="Text"/>, ...) so that
/// each line names the column, its type, its getter and its setter.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordColumns<T>
    where T : class
{
    private readonly List<RecordColumn<T>> _columns = [];
    private readonly Dictionary<string, RecordColumn<T>> _byName = new(StringComparer.Ordinal);

    /// <param name="empty">A record with every optional field absent, that reading a row starts from.</param>
    public RecordColumns(Func<T> empty)
    {
        Empty = empty;
    }

    /// <summary>Every column, in table order.</summary>
    public IReadOnlyList<RecordColumn<T>> All => _columns;

    /// <summary>A record with no field set (required fields at their defaults); a row is read onto it.</summary>
    public Func<T> Empty { get; }

    /// <summary>The columns kept in <paramref name="placement"/>, in table order.</summary>
    public IEnumerable<RecordColumn<T>> In(ColumnPlacement placement) => _columns.Where(c => c.IsIn(placement));

    /// <summary>The column named <paramref name="name"/>, or null.</summary>
    public RecordColumn<T>? Find(string name) => _byName.GetValueOrDefault(name);

    public RecordColumns<T> Text(string name, Func<T, string?> get, Func<T, string?, T> set, ColumnFilter? filter = null) =>
        Add(name, ColumnType.Text, r => get(r), (r, v) => set(r, (string?)v), filter);

    public RecordColumns<T> Uuid(string name, Func<T, Guid?> get, Func<T, Guid?, T> set, ColumnFilter? filter = null) =>
        Add(name, ColumnType.Uuid, r => get(r), (r, v) => set(r, (Guid?)v), filter);

    public RecordColumns<T> Int32(string name, Func<T, int?> get, Func<T, int?, T> set, ColumnFilter? filter = null) =>
        Add(name, ColumnType.Int32, r => get(r), (r, v) => set(r, (int?)v), filter);

    public RecordColumns<T> Int64(string name, Func<T, long?> get, Func<T, long?, T> set, ColumnFilter? filter = null) =>
        Add(name, ColumnType.Int64, r => get(r), (r, v) => set(r, (long?)v), filter);

    public RecordColumns<T> Double(string name, Func<T, double?> get, Func<T, double?, T> set, ColumnFilter? filter = null) =>
        Add(name, ColumnType.Double, r => get(r), (r, v) => set(r, (double?)v), filter);

    public RecordColumns<T> Boolean(string name, Func<T, bool?> get, Func<T, bool?, T> set, ColumnFilter? filter = null) =>
        Add(name, ColumnType.Boolean, r => get(r), (r, v) => set(r, (bool?)v), filter);

    public RecordColumns<T> Timestamp(string name, Func<T, DateTimeOffset?> get, Func<T, DateTimeOffset?, T> set, ColumnFilter? filter = null) =>
        Add(name, ColumnType.Timestamp, r => get(r), (r, v) => set(r, (DateTimeOffset?)v), filter);

    /// <summary>A list of strings; a null value reads as an empty list.</summary>
    public RecordColumns<T> TextList(string name, Func<T, IReadOnlyList<string>> get, Func<T, IReadOnlyList<string>, T> set, ColumnPlacement placement = ColumnPlacement.Both) =>
        Add(name, ColumnType.TextList, r => get(r), (r, v) => set(r, v as IReadOnlyList<string> ?? []), filter: null, placement);

    /// <summary>A map of strings; a null value reads as an empty map.</summary>
    public RecordColumns<T> TextMap(string name, Func<T, IReadOnlyDictionary<string, string>> get, Func<T, IReadOnlyDictionary<string, string>, T> set) =>
        Add(name, ColumnType.TextMap, r => get(r), (r, v) => set(r, v as IReadOnlyDictionary<string, string> ?? new Dictionary<string, string>()), filter: null);

    private RecordColumns<T> Add(string name, ColumnType type, Func<T, object?> get, Func<T, object?, T> set, ColumnFilter? filter, ColumnPlacement placement = ColumnPlacement.Both)
    {
        var column = new RecordColumn<T>(name, type, get, set, placement, filter);
        if (!_byName.TryAdd(name, column))
        {
            throw new InvalidOperationException($"{typeof(T).Name} declares the column '{name}' twice.");
        }

        _columns.Add(column);
        return this;
    }
}

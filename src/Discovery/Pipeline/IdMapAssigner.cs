using Discovery.Records.Xnames;

namespace Discovery.Pipeline;

/// <summary>The xname assigner of <c>--id-map FILE</c>, shared by collect, crawl, run and logs replay so they name alike.</summary>
internal static class IdMapAssigner
{
    /// <summary>
    /// An assigner over the id map at <paramref name="path"/> (none: derived xnames only). A bad map is a
    /// <see cref="PipelineInputException"/> listing every problem as <c>file:line: message</c>, raised before any BMC is contacted.
    /// </summary>
    public static Task<IXnameAssigner> CreateAsync(string? path, CancellationToken cancellationToken) =>
        CreateAsync(path, null, cancellationToken);

    /// <summary>
    /// As <see cref="CreateAsync(string?, CancellationToken)"/>, then the location map's placements in
    /// <paramref name="located"/> (precedence: id map, location map, derived).
    /// </summary>
    public static async Task<IXnameAssigner> CreateAsync(string? path, Locate.LocateReport? located, CancellationToken cancellationToken)
    {
        var map = IdMap.Empty;
        if (path is not null)
        {
            var loaded = await IdMapLoader.LoadAsync(path, cancellationToken);
            if (!loaded.Success)
            {
                throw new PipelineInputException([.. loaded.Errors.Select(e => e.ToString()!)]);
            }

            map = loaded.Map!;
        }

        return located is null
            ? new XnameAssigner(map)
            : new XnameAssigner(map, located.Place, located.MappedXnames);
    }
}

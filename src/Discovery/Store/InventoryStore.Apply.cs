namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    /// <inheritdoc/>
    public Task<ApplyReport> ApplyAsync(ApplyRequest request, CancellationToken cancellationToken) =>
        ApplyAsync(request, "apply", cancellationToken);

    /// <summary>
    /// Applies manifests all or nothing: any error in any document (a bad value, an unknown group, a clash) and
    /// nothing is stored; <see cref="ApplyRequest.DryRun"/> computes the same report and stores nothing either.
    /// </summary>
    /// <param name="request">The manifests and the dry-run flag.</param>
    /// <param name="actor">Who applies, for history (<c>apply</c>, <c>api:alice</c>).</param>
    /// <param name="cancellationToken">Cancels before the write starts.</param>
    public async Task<ApplyReport> ApplyAsync(ApplyRequest request, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (documents, errors) = await ManifestApply.ReadAsync(request.Sources, cancellationToken);
        if (errors.Count > 0)
        {
            return new ApplyReport { DryRun = request.DryRun, Errors = errors };
        }

        return await WriteAsync(actor, tx => new ManifestApply(this, tx).Apply(documents, request.DryRun), r => r.Succeeded && !r.DryRun, cancellationToken);
    }
}

using Discovery.Files;
using Discovery.Store;
using Microsoft.AspNetCore.Http;

namespace Discovery.Api;

/// <summary>
/// What the API answers when the store's disk is full: 507 Insufficient Storage with a problem that says so (and
/// not where on the server's disk). Nothing of the request was stored; reads go on working.
/// </summary>
internal static class StorageProblems
{
    /// <summary>The status for an exception the endpoints let through, or null when it is not a full disk.</summary>
    public static int? StatusFor(Exception exception) =>
        exception is InventoryStoreFullException ? StatusCodes.Status507InsufficientStorage : null;

    /// <summary>Fills in the problem of a full disk; other problems are left as they are.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is not InventoryStoreFullException)
        {
            return;
        }

        context.ProblemDetails.Title = "Insufficient storage.";
        context.ProblemDetails.Type = "https://datatracker.ietf.org/doc/html/rfc4918#section-11.5";
        context.ProblemDetails.Detail =
            $"the disk of the inventory store is full ({DiskFull.Reason}): nothing of this request was stored; reads still work, and writes will once there is space";
    }
}

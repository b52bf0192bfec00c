using Discovery.Store.Remote;
using Discovery.Api.Records;
using Discovery.Api.Snapshots;
using Discovery.Records;
using Discovery.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Discovery.Api;

/// <summary>Every route of the API, in one list.</summary>
internal static class ApiRoutes
{
    public static void Map(WebApplication app, InventoryStore store, ApiOptions options, string? writePolicy)
    {
        var json = InventoryJsonContext.Default;
        var pages = ApiJsonContext.Default;
        RecordEndpoints.Map(app, new RecordRoute<ComputeNode>(RecordKind.Node, s => s.Nodes, json.ComputeNode, pages.RecordPageComputeNode, r => r.Id), store, options, writePolicy);
        RecordEndpoints.Map(app, new RecordRoute<Bmc>(RecordKind.Bmc, s => s.Bmcs, json.Bmc, pages.RecordPageBmc, r => r.Id), store, options, writePolicy);
        RecordEndpoints.Map(app, new RecordRoute<NetworkInterface>(RecordKind.Interface, s => s.Interfaces, json.NetworkInterface, pages.RecordPageNetworkInterface, r => r.Id), store, options, writePolicy);
        RecordEndpoints.Map(app, new RecordRoute<NodeGroup>(RecordKind.Group, s => s.Groups, json.NodeGroup, pages.RecordPageNodeGroup, r => r.Id), store, options, writePolicy);
        RecordEndpoints.Map(app, new RecordRoute<BootProfile>(RecordKind.BootProfile, s => s.BootProfiles, json.BootProfile, pages.RecordPageBootProfile, r => r.Id), store, options, writePolicy);
        RecordEndpoints.Map(app, new RecordRoute<SessionTemplate>(RecordKind.SessionTemplate, s => s.SessionTemplates, json.SessionTemplate, pages.RecordPageSessionTemplate, r => r.Id), store, options, writePolicy);
        HistoryEndpoints.Map(app, store);
        PartEndpoints.Map(app, store);
        ApplyEndpoints.Map(app, store, options, writePolicy);
        SnapshotEndpoints.Map(app, store, writePolicy);
        Bos.BosEndpoints.Map(app, store, app.Services.GetService<Boot.Sessions.BootSessionService>(), writePolicy);
        Web.WebUiEndpoints.Map(app);
        Fleet.FleetEndpoints.Map(app, store, options);
        app.MapGet("/healthz", () => TypedResults.Text("ok")).WithTags("health").ExcludeFromDescription();
        app.MapOpenApi("/openapi.json");
    }
}

using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Discovery.MockBmc.Http;

/// <summary>
/// <c>GET /_mock/stats</c>: the instance's counters as JSON, for scripts and tests that run mock-bmc as a process.
/// Open (no credentials), free of faults other than Hang, and not counted itself, so reading it changes nothing.
/// </summary>
internal sealed partial class MockRequestHandler
{
    public const string StatsKey = "/_mock/stats";

    private async Task StatsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            await WriteAsync(context, StatusCodes.Status405MethodNotAllowed, RedfishBodies.Error("Base.1.8.OperationNotAllowed", "Only GET reads the simulator's counters.", "None."), cancellationToken);
            return;
        }

        await WriteAsync(context, StatusCodes.Status200OK, StatsBody(instance.Counters), cancellationToken);
    }

    internal static byte[] StatsBody(MockCounters counters)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("requests", counters.Requests);
            writer.WriteNumber("logins", counters.Logins);
            writer.WriteNumber("failed_logins", counters.FailedLogins);
            writer.WriteNumber("sessions_created", counters.SessionsCreated);
            writer.WriteNumber("sessions_deleted", counters.SessionsDeleted);
            writer.WriteNumber("open_sessions", counters.OpenSessions);
            writer.WriteNumber("resets", counters.Resets);
            writer.WriteStartObject("reset_types");
            foreach (var (type, count) in counters.ResetTypes)
            {
                writer.WriteNumber(type, count);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("paths");
            foreach (var (path, count) in counters.PathCounts)
            {
                writer.WriteNumber(path, count);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

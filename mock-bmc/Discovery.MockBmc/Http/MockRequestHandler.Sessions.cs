using Microsoft.AspNetCore.Http;

namespace Discovery.MockBmc.Http;

/// <summary>Session login, listing and logout (DSP0266 "Session management").</summary>
internal sealed partial class MockRequestHandler
{
    private async Task LoginAsync(HttpContext context, CancellationToken cancellationToken)
    {
        instance.Counters.AddLogin();
        if (instance.FaultState.Faults.LoginStatus is { } status)
        {
            await context.Request.Body.CopyToAsync(Stream.Null, cancellationToken);
            await WriteAsync(context, status, RedfishBodies.Error("Base.1.8.GeneralError", "The service cannot take a login now (simulated fault).", "Retry the request later."), cancellationToken);
            return;
        }

        var (user, password) = await ReadCredentialsAsync(context, cancellationToken);
        if (user is null || password is null)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, RedfishBodies.Error("Base.1.8.PropertyMissing", "The request body must carry the UserName and Password properties.", "Ensure that the property is in the request body and has a valid value."), cancellationToken);
            return;
        }

        if (!IsAccount(user, password))
        {
            instance.Counters.AddFailedLogin();
            await WriteAsync(context, StatusCodes.Status401Unauthorized, RedfishBodies.Error("Base.1.8.ResourceAtUriUnauthorized", "While accessing the resource at /redfish/v1/SessionService/Sessions, the service received an authorization error: invalid credentials.", "Ensure that the appropriate access is provided for the service in order for it to access the URI."), cancellationToken);
            return;
        }

        // 503 rather than 400 (iDRAC's RAC0218) or 429: DSP0266 describes a full session table as the service being
        // unavailable, and clients that honour 503 back off instead of treating it as their own fault.
        var session = instance.FaultState.Faults.SessionTableFull ? null : instance.Sessions.Open(user);
        if (session is null)
        {
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, RedfishBodies.Error("Base.1.8.SessionLimitExceeded", "The session establishment failed due to the number of simultaneous sessions exceeding the limit of the implementation.", "Reduce the number of other sessions before trying to establish the session or increase the limit of simultaneous sessions (if supported)."), cancellationToken);
            return;
        }

        context.Response.Headers["X-Auth-Token"] = session.Token;
        context.Response.Headers.Location = session.Uri;
        await WriteAsync(context, StatusCodes.Status201Created, RedfishBodies.Session(session), cancellationToken);
    }

    private async Task SessionResourceAsync(HttpContext context, string key, string method, FaultState state, CancellationToken cancellationToken)
    {
        if (key == SessionStore.CollectionKey)
        {
            var list = RedfishBodies.SessionCollection(instance.Sessions.List());
            await WriteAsync(context, StatusCodes.Status200OK, BodyRenderer.Corrupt(key, list, state), cancellationToken);
            return;
        }

        var id = key[(SessionStore.CollectionKey.Length + 1)..];
        var session = instance.Sessions.FindById(id);
        if (session is null)
        {
            // Mockups may hold captured sessions (DMTF public-rackmount1 links Sessions/1234567890ABCDEG): serve them as static.
            await StaticResourceAsync(context, key, method, state, cancellationToken);
            return;
        }

        if (HttpMethods.IsDelete(method))
        {
            instance.Sessions.Close(id);
            await WriteAsync(context, StatusCodes.Status204NoContent, ReadOnlyMemory<byte>.Empty, cancellationToken);
            return;
        }

        await WriteAsync(context, StatusCodes.Status200OK, RedfishBodies.Session(session), cancellationToken);
    }
}

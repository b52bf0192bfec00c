using System.Diagnostics;
using System.Text.Json;
using Discovery.Credentials;
using Discovery.Records.Xnames;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Http;
using Discovery.Redfish.Mapping;
using Discovery.Redfish.Tls;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Redfish.Collect;

/// <summary>
/// Collects one BMC:
/// 1. GET the ServiceRoot without credentials (decides unreachable / timed out / not Redfish / TLS);
/// 2. log in once (session when the root links a SessionService, else Basic);
/// 3. crawl; 4. always DELETE the session, with its own short timeout even when cancelled;
/// 5. map the documents and name the records.
/// Steps 1-3 run in the <see cref="Collector"/>'s crawl slots (<see cref="CrawlTurn"/>): step 1 may run while another
/// BMC is crawled, step 2 waits for a slot. The slot is told when the crawl is over (before 4): the logout and
/// the mapping need no crawl slot, so the next BMC logs in then instead of after them.
/// Each step is logged under the <see cref="Collector"/>'s category (the login by method and user, never a
/// password or token).
/// </summary>
internal sealed partial class BmcCollector(
    ICredentialProvider credentials,
    IXnameAssigner xnames,
    RedfishClientOptions options,
    TlsTrust trust,
    TimeProvider time,
    ILogger? logger = null)
{
    private const string RootUri = "/redfish/v1/";
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Collects <paramref name="target"/>.</summary>
    /// <param name="target">The BMC.</param>
    /// <param name="request">The run's settings.</param>
    /// <param name="turn">
    /// The BMC's crawl slot: the requests it shares, when it may log in, and whom to tell once the BMC needs no more
    /// requests there (its crawl is over or it failed before one), before the logout and the mapping; that may not be
    /// told when the BMC failed before its login. None when null (the BMC alone).
    /// </param>
    /// <param name="cancellationToken">Stops the BMC; its session is still deleted.</param>
    public async Task<BmcCollectResult> CollectAsync(BmcTarget target, CollectRequest request, CrawlTurn? turn, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        Log.BmcStarted(_logger, target.Endpoint);
        var check = trust.For(options.Tls, target.Endpoint);
        using var connection = new RedfishConnection(target.BaseUri, options, check, time, _logger) { SharedRequests = turn?.Requests };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.BmcTimeout);
        BmcCollectResult result;
        try
        {
            result = await RunAsync(target, connection, request, turn, deadline, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = Result(target, BmcCollectStatus.TimedOut, $"not done within {options.BmcTimeout}");
        }
        catch (OperationCanceledException)
        {
            // The caller stopped the collect. What was exchanged (the logout included) is still reported, so a
            // crawl log cut short by a deadline holds every request the BMC saw; the collector then propagates.
            result = Result(target, BmcCollectStatus.Cancelled, "stopped before it finished");
        }

        var exchanges = connection.Exchanges();
        result = result with
        {
            Exchanges = exchanges,
            RequestCount = exchanges.Count,
            Bytes = exchanges.Sum(e => e.Bytes),
            Elapsed = stopwatch.Elapsed,
            CertificateFingerprint = check.Fingerprint,
        };
        Log.Finished(_logger, result);
        return result;
    }

    private async Task<BmcCollectResult> RunAsync(
        BmcTarget target, RedfishConnection connection, CollectRequest request, CrawlTurn? turn, CancellationTokenSource deadline,
        CancellationToken stopped)
    {
        var cancellationToken = deadline.Token;
        var rootReply = await connection.GetAsync(RootUri, authenticated: false, cancellationToken);
        if (RootProblem(target, rootReply, out var root, out var serviceRoot) is { } problem)
        {
            return problem;
        }

        if (turn is not null)
        {
            // The wait for the BMC before it in the slot (up to one crawl of another BMC) is not this BMC's time.
            deadline.CancelAfter(Timeout.InfiniteTimeSpan);
            connection.SharedRequests = await turn.WaitAsync(stopped);
            deadline.CancelAfter(options.BmcTimeout);
        }

        Log.ServiceRootRead(_logger, target.Endpoint, serviceRoot.RedfishVersion, serviceRoot.Vendor, serviceRoot.Uuid);
        var credential = await credentials.GetCredentialAsync(target.Host, cancellationToken);
        if (credential is null)
        {
            return Result(target, BmcCollectStatus.AuthFailed, "no credential configured for this BMC");
        }

        string? sessionLocation = null;
        CrawlOutcome crawl;
        try
        {
            if (serviceRoot.SessionsUri is { } sessionsUri)
            {
                // Not cancellable from outside: a login cancelled after the BMC created the session would leave
                // us without its Location to delete. Each attempt still has the per-request timeout.
                Log.SessionLogin(_logger, target.Endpoint, credential.Username, sessionsUri);
                var login = await connection.LoginAsync(RedfishPath.Clean(sessionsUri), credential.Username, credential.Password, CancellationToken.None);
                if (LoginProblem(target, login, LoginAttempts(connection)) is { } refused)
                {
                    return refused;
                }

                if (login.IsSuccess && login.AuthToken is not null)
                {
                    request.OnSessionToken?.Invoke(login.AuthToken);
                    connection.UseToken(login.AuthToken);
                    sessionLocation = login.Location;
                    Log.SessionCreated(_logger, target.Endpoint, sessionLocation);
                    cancellationToken.ThrowIfCancellationRequested();
                }
                else
                {
                    // 404/405: a SessionService that does not take logins; fall back to Basic.
                    Log.BasicAuthenticationFallback(_logger, target.Endpoint, credential.Username, login.Exchange.Status);
                    connection.UseBasic(credential.Username, credential.Password);
                }
            }
            else
            {
                Log.BasicAuthentication(_logger, target.Endpoint, credential.Username);
                connection.UseBasic(credential.Username, credential.Password);
            }

            crawl = await new RedfishCrawler(connection, options, request.Profile, _logger).CrawlAsync(RootUri, root, cancellationToken);
        }
        finally
        {
            // The logout and the mapping after it keep no crawl slot busy: the next BMC in the slot logs in now.
            connection.SharedRequests = null;
            turn?.Crawled();
            if (sessionLocation is not null)
            {
                await LogoutAsync(connection, target, sessionLocation);
            }
        }

        var status = crawl.Failures.Count > 0 ? BmcCollectStatus.Partial : BmcCollectStatus.Ok;
        var mapped = InventoryBuilder.Build(
            crawl.Documents, target.Host, target.Port, ObservedAt(connection), xnames, status == BmcCollectStatus.Ok ? "ok" : "partial",
            parts: request.Profile != CrawlProfile.Nodes);
        return new BmcCollectResult
        {
            Target = target,
            Status = status,
            Message = status == BmcCollectStatus.Partial ? $"{crawl.Failures.Count} URI(s) failed" : crawl.Truncated ? "stopped at the document cap" : null,
            FailedUris = crawl.Failures,
            Bmc = mapped.Bmc,
            Nodes = mapped.Nodes,
            DocumentCount = crawl.Documents.Count,
        };
    }

    /// <summary>
    /// The records' first/last-seen time: when this collect first contacted the BMC, to the microsecond. The
    /// crawl log keeps that exchange's time at that precision, so <c>logs replay</c> stamps the same instant.
    /// </summary>
    private static DateTimeOffset ObservedAt(RedfishConnection connection)
    {
        var first = connection.Exchanges()[0].StartedAt;
        return first.AddTicks(-(first.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    private async Task LogoutAsync(RedfishConnection connection, BmcTarget target, string location)
    {
        var (path, reply) = await connection.LogoutAsync(location, options.LogoutTimeout);
        if (reply is null)
        {
            // What was collected stands; the leaked session is the BMC's to expire, and the admin's to know of.
            Log.SessionNotDeleted(_logger, target.Endpoint, path, "no answer within the logout timeout");
        }
        else if (reply.IsSuccess)
        {
            Log.SessionDeleted(_logger, target.Endpoint, path, reply.Exchange.Status);
        }
        else
        {
            Log.SessionNotDeleted(_logger, target.Endpoint, path, reply.Reason);
        }
    }

    private static BmcCollectResult? RootProblem(BmcTarget target, RedfishReply reply, out JsonElement root, out ServiceRoot serviceRoot)
    {
        root = default;
        serviceRoot = new ServiceRoot();
        switch (reply.Failure)
        {
            case RedfishFailure.Timeout:
                return Result(target, BmcCollectStatus.TimedOut, "service root: " + reply.Exchange.Error);
            case RedfishFailure.Connect:
                return Result(target, BmcCollectStatus.Unreachable, reply.Exchange.Error);
            case RedfishFailure.Tls:
                return Result(target, BmcCollectStatus.TlsPinMismatch, reply.Exchange.Error);
            case RedfishFailure.TooLarge:
                return Result(target, BmcCollectStatus.NotRedfish, "service root: " + reply.Exchange.Error);
            default:
                break;
        }

        if (!reply.IsSuccess)
        {
            return Result(target, BmcCollectStatus.NotRedfish, $"service root answered HTTP {reply.Exchange.Status}");
        }

        if (reply.Document is not { } document || ServiceRoot.TryRead(document) is not { } read)
        {
            return Result(target, BmcCollectStatus.NotRedfish, "service root is not a Redfish ServiceRoot document");
        }

        root = document;
        serviceRoot = read;
        return null;
    }

    // The login is the only POST before the crawl; the connection retried it on 5xx and 429.
    private static int LoginAttempts(RedfishConnection connection) => connection.Exchanges().Count(e => e.Method == "POST");

    private static string Attempts(int attempts) => attempts > 1 ? $" {attempts} times" : string.Empty;

    private static BmcCollectResult? LoginProblem(BmcTarget target, RedfishReply login, int attempts)
    {
        if (RedfishConnection.IsSessionLimit(login))
        {
            return Result(target, BmcCollectStatus.SessionLimit,
                $"login refused with HTTP {login.Exchange.Status}: the BMC's session table is full (close other sessions or wait for them to expire)");
        }

        return login switch
        {
            { Failure: RedfishFailure.Timeout } => Result(target, BmcCollectStatus.TimedOut, "login: " + login.Exchange.Error),
            { Failure: RedfishFailure.Connect or RedfishFailure.Tls or RedfishFailure.TooLarge } =>
                Result(target, BmcCollectStatus.Unreachable, "login: " + login.Exchange.Error),
            { Exchange.Status: 401 or 403 } => Result(target, BmcCollectStatus.AuthFailed, $"login refused with HTTP {login.Exchange.Status} (check the user name and password)"),
            _ when LoginRule.LetsCrawlProceed(login.Exchange.Status) => null,
            // Only 401/403 speak of the credentials: a 503 (or any other refusal) is the BMC not serving, and
            // reporting it as auth_failed sends the admin to check a password that is right (issue 13).
            _ => Result(target, BmcCollectStatus.Unavailable, $"login answered HTTP {login.Exchange.Status}{Attempts(attempts)}: the BMC refused service (try again later)"),
        };
    }

    private static BmcCollectResult Result(BmcTarget target, BmcCollectStatus status, string? message) =>
        new() { Target = target, Status = status, Message = message };
}

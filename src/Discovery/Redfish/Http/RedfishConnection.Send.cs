using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Text;
using Discovery.Redfish.Mapping;

namespace Discovery.Redfish.Http;

internal sealed partial class RedfishConnection
{
    private async Task<(RedfishReply Reply, RedfishExchange Exchange, TimeSpan? RetryAfter)> SendOnceAsync(
        HttpMethod method, string path, byte[]? body, bool authenticated, int attempt, CancellationToken cancellationToken)
    {
        var startedAt = _time.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("OData-Version", "4.0");
        if (authenticated && _token is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Auth-Token", _token);
        }
        else if (authenticated && _basic is not null)
        {
            request.Headers.Authorization = _basic;
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        RedfishExchange Failed(RedfishFailure failure, string error, int? status = null) => new()
        {
            Method = method.Method,
            Uri = path,
            Status = status,
            StartedAt = startedAt,
            Elapsed = stopwatch.Elapsed,
            Error = error,
            Attempt = attempt,
        };

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var (text, bytes, tooLarge) = await ReadCappedAsync(response, timeout.Token);
            var status = (int)response.StatusCode;
            if (tooLarge)
            {
                var large = Failed(RedfishFailure.TooLarge, $"response larger than {_options.MaxResponseBytes} bytes", status) with { Bytes = bytes };
                return (new RedfishReply { Exchange = large, Failure = RedfishFailure.TooLarge }, large, null);
            }

            var authToken = response.Headers.TryGetValues("X-Auth-Token", out var tokens) ? tokens.FirstOrDefault() : null;
            if (authToken is { Length: > 0 } && text is not null && text.Contains(authToken, StringComparison.Ordinal))
            {
                // Some BMCs echo the token in the Session body; exchanges go to the crawl log, tokens never do.
                text = text.Replace(authToken, "[redacted]", StringComparison.Ordinal);
            }

            // Parsed once here: the crawler reuses the document, and the exchange records its @odata.type.
            var document = RedfishJson.ParseObject(text);
            var odataType = document?.String("@odata.type");
            var odataEtag = document?.String("@odata.etag");
            var exchange = new RedfishExchange
            {
                Method = method.Method,
                Uri = path,
                Status = status,
                StartedAt = startedAt,
                Elapsed = stopwatch.Elapsed,
                Bytes = bytes,
                ETag = response.Headers.ETag?.ToString() ?? odataEtag,
                ODataType = odataType,
                Body = text,
                Error = text is not null && document is null ? "body is not a JSON object (malformed JSON)" : null,
                Attempt = attempt,
            };
            var reply = new RedfishReply
            {
                Exchange = exchange,
                Document = document,
                Location = response.Headers.Location?.OriginalString,
                AuthToken = authToken,
            };
            return (reply, exchange, RetryAfter(response));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var exchange = Failed(RedfishFailure.Timeout, $"no answer within {_options.RequestTimeout.TotalSeconds:0.###} s");
            return (new RedfishReply { Exchange = exchange, Failure = RedfishFailure.Timeout }, exchange, null);
        }
        catch (OperationCanceledException)
        {
            // The caller stopped: the request may already have reached the BMC, so it is still an exchange (the
            // crawl log of a cut-short run then holds every request the BMC saw). The cancellation propagates.
            Record(Failed(RedfishFailure.Timeout, "cancelled before the answer arrived"));
            throw;
        }
        catch (HttpRequestException exception) when (exception.InnerException is AuthenticationException || CertificateCheck.PinMismatch)
        {
            var error = CertificateCheck.PinMismatch ? "certificate fingerprint differs from the pinned one" : "TLS handshake refused: " + exception.InnerException?.Message;
            var exchange = Failed(RedfishFailure.Tls, error);
            return (new RedfishReply { Exchange = exchange, Failure = RedfishFailure.Tls }, exchange, null);
        }
        catch (HttpRequestException exception)
        {
            // The message names the endpoint and the socket error only; requests never carry secrets in the URI.
            var exchange = Failed(RedfishFailure.Connect, exception.HttpRequestError + ": " + exception.Message);
            return (new RedfishReply { Exchange = exchange, Failure = RedfishFailure.Connect }, exchange, null);
        }
    }

    private async Task<(string? Text, long Bytes, bool TooLarge)> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is { } declared && declared > _options.MaxResponseBytes)
        {
            return (null, declared, true);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxResponseBytes)
            {
                return (null, buffer.Length + read, true);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? (null, 0, false) : (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), buffer.Length, false);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero : null;
    }
}

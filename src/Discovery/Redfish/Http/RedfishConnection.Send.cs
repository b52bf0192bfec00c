using System.Buffers;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Text;
using System.Text.Json;
using Discovery.CrawlLog;
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
        // Raw header values: a parsed MediaTypeWithQualityHeaderValue per request cost an object and a parse for the same bytes.
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
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
            var (buffer, length, bytes, tooLarge) = await ReadCappedAsync(response, timeout.Token);
            var status = (int)response.StatusCode;
            if (tooLarge)
            {
                var large = Failed(RedfishFailure.TooLarge, $"response larger than {_options.MaxResponseBytes} bytes", status) with { Bytes = bytes };
                return (new RedfishReply { Exchange = large, Failure = RedfishFailure.TooLarge }, large, null);
            }

            string? text;
            JsonElement? document;
            var authToken = response.Headers.TryGetValues("X-Auth-Token", out var tokens) ? tokens.FirstOrDefault() : null;
            try
            {
                text = buffer is null ? null : Encoding.UTF8.GetString(buffer, 0, length);
                if (authToken is { Length: > 0 } && text is not null && text.Contains(authToken, StringComparison.Ordinal))
                {
                    // Some BMCs echo the token in the Session body; exchanges go to the crawl log, tokens never do.
                    text = text.Replace(authToken, "[redacted]", StringComparison.Ordinal);
                    document = RedfishJson.ParseObject(text);
                }
                else if (_token is { Length: >= CrawlLogRedactor.MinimumSecretLength } own && text is not null && text.Contains(own, StringComparison.Ordinal))
                {
                    // A later body showing this session's token (its Session resource, say) gets the crawl log's
                    // mask here, where the one token it can hold is known: a writer-wide scrub list of every BMC's
                    // token grew with the fleet and made each row's scrub slower (issue 14).
                    text = text.Replace(own, CrawlLogRedactor.Mask, StringComparison.Ordinal);
                    document = RedfishJson.ParseObject(text);
                }
                else
                {
                    // Parsed once here, from the bytes: the crawler reuses the document, the exchange records its @odata.type.
                    document = RedfishJson.ParseObject(buffer.AsMemory(0, length), text);
                }
            }
            finally
            {
                if (buffer is not null)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }

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

    /// <summary>
    /// Reads the body into a buffer rented from the shared pool (the caller returns it; null when there is no
    /// body or it is too large), sized from <c>Content-Length</c> when the BMC sends one.
    /// </summary>
    private async Task<(byte[]? Buffer, int Length, long Bytes, bool TooLarge)> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        if (declared > _options.MaxResponseBytes)
        {
            return (null, 0, declared.Value, true);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(declared is > 0 and < int.MaxValue ? (int)declared.Value + 1 : 16 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                if ((long)length + read > _options.MaxResponseBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return (null, 0, (long)length + read, true);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        if (length == 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return (null, 0, 0, false);
        }

        return (buffer, length, length, false);
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

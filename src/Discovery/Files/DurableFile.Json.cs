using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Discovery.Files;

internal static partial class DurableFile
{
    /// <summary>
    /// Writes <paramref name="value"/> as JSON to <paramref name="path"/> durably: a temporary file of this writer's
    /// own (two processes saving at once never share one), flushed to disk, renamed over the file and its folder
    /// flushed, so a crash or power cut leaves the old content or the new, never a torn or empty file.
    /// </summary>
    public static async Task WriteJsonAsync<T>(string path, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await JsonSerializer.SerializeAsync(stream, value, typeInfo, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            MoveIntoPlace(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

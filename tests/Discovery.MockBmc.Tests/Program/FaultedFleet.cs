using System.Net;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests.Program;

/// <summary>
/// One mock-bmc process (HTTPS, the minimal fixture) whose instances each carry one <c>--fault</c> flag, shared by the
/// tests of <see cref="MockBmcFaultFlagTests"/>. Instance 0 has none; each test reads its own instance.
/// </summary>
public sealed class FaultedFleet : IAsyncLifetime
{
    public const string PasswordVariable = "MOCK_BMC_TEST_INSTANCE_PASSWORD";
    public const string FilePassword = "from-a-file-9";
    public const string EnvironmentPassword = "from-the-environment-10";

    private readonly TempDirectory _temp = new();
    private MockBmcProcess? _process;

    /// <summary>The <c>--fault</c> values, by instance (the first by address, to cover that selector).</summary>
    public static IReadOnlyList<string> Faults { get; } =
    [
        "127.0.113.3=hang",
        "2=malformed",
        "3=truncated:/redfish/v1/Systems/1",
        "4=oversized:200000",
        "5=link-cycle",
        "6=sessions-full",
        "7=wrong-password",
        "8=password-file:{file}",
        "9=password-env:" + PasswordVariable,
        "10=error-rate:1",
        "11=firmware-version:9.9.9",
        "11=latency:300",
        "12=jitter:400",
    ];

    public static IPAddress First { get; } = IPAddress.Parse("127.0.113.2");

    public MockBmcProcess Process => _process ?? throw new InvalidOperationException("not started");

    public Uri BaseUri(int index) => new($"https://{Address(index)}:{Process.Port}/");

    public static IPAddress Address(int index) => new([127, 0, 113, (byte)(2 + index)]);

    public async ValueTask InitializeAsync()
    {
        var file = _temp.File("bmc8.password");
        await File.WriteAllTextAsync(file, FilePassword + "\n");
        List<string> arguments = ["--mockup", MockupPaths.Project("minimal"), "--fleet", "14", "--first-address", First.ToString(), "--tls"];
        foreach (var fault in Faults)
        {
            arguments.AddRange(["--fault", fault.Replace("{file}", file, StringComparison.Ordinal)]);
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _process = await MockBmcProcess.StartAsync(arguments, new Dictionary<string, string> { [PasswordVariable] = EnvironmentPassword }, deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _temp.Dispose();
    }

    /// <summary>A client of instance <paramref name="index"/> that accepts any certificate and sends Basic credentials (the fleet's by default).</summary>
    public HttpClient Client(int index, string? password = "password", Action<System.Security.Cryptography.X509Certificates.X509Certificate2>? onCertificate = null)
    {
#pragma warning disable CA2000 // The client owns the handler.
        var handler = new SocketsHttpHandler();
#pragma warning restore CA2000
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            if (certificate is not null)
            {
                onCertificate?.Invoke(new System.Security.Cryptography.X509Certificates.X509Certificate2(certificate));
            }

            return true;
        };
        var client = new HttpClient(handler, disposeHandler: true) { BaseAddress = BaseUri(index), Timeout = TimeSpan.FromSeconds(30) };
        if (password is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("admin:" + password)));
        }

        return client;
    }
}

using System.Text.Json;
using Discovery.Credentials;
using Discovery.Testing;

namespace Discovery.Cli.Tests.Commands;

public sealed class SecretsCommandTests
{
    private const string Password = "Hunter2-Secret!";

    private sealed class Cli(TempDirectory dir)
    {
        public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal) { ["XDG_CONFIG_HOME"] = dir.Path };

        public StringWriter Output { get; private set; } = new();

        public StringWriter Error { get; private set; } = new();

        public string StorePath => Path.Combine(dir.Path, "discover", "secrets.json");

        public string KeyPath => Path.Combine(dir.Path, "discover", "secrets.key");

        public Task<int> RunAsync(string stdin, params string[] args)
        {
            Output = new StringWriter();
            Error = new StringWriter();
            var context = new CliContext
            {
                Output = Output,
                Error = Error,
                Input = new StringReader(stdin),
                GetEnvironmentVariable = name => Environment.GetValueOrDefault(name),
            };
            return DiscoverApp.RunAsync(args, context, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Set_PasswordOnStdin_StoresEncryptedEntryAndCreatesKey()
    {
        using var dir = new TempDirectory();
        var cli = new Cli(dir);

        var exitCode = await cli.RunAsync(Password + "\n", "secrets", "set", "10.0.1.5", "--username", "admin");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal($"stored admin@10.0.1.5 in {cli.StorePath}", cli.Error.ToString().Trim());
        Assert.DoesNotContain(Password, await File.ReadAllTextAsync(cli.StorePath, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var key = await SecretsKey.LoadAsync(_ => null, cli.KeyPath, create: false, TestContext.Current.CancellationToken);
        var stored = await new SecretsStore(cli.StorePath).ReadAllAsync(key!, TestContext.Current.CancellationToken);
        Assert.Equal(new BmcCredential("admin", Password), stored["10.0.1.5"]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cli.StorePath));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cli.KeyPath));
        }
    }

    [Fact]
    public async Task List_AsJson_ShowsKeysAndUsernamesNeverPasswords()
    {
        using var dir = new TempDirectory();
        var cli = new Cli(dir);
        Assert.Equal(ExitCodes.Ok, await cli.RunAsync(Password + "\n", "secrets", "set", "default"));
        Assert.Equal(ExitCodes.Ok, await cli.RunAsync(Password + "\n", "secrets", "set", "BMC7.lab", "-u", "ops"));

        var exitCode = await cli.RunAsync("", "secrets", "list", "-o", "json");

        Assert.Equal(ExitCodes.Ok, exitCode);
        var rows = JsonDocument.Parse(cli.Output.ToString()).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("key").GetString(), e.GetProperty("username").GetString())).ToList();
        Assert.Equal([("bmc7.lab", "ops"), ("default", "root")], rows);
        Assert.DoesNotContain(Password, cli.Output.ToString() + cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Table_ShowsNoPassword()
    {
        using var dir = new TempDirectory();
        var cli = new Cli(dir);
        await cli.RunAsync(Password + "\n", "secrets", "set", "10.0.1.5");

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("", "secrets", "list", "-o", "table"));

        Assert.Contains("10.0.1.5", cli.Output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Password, cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_PasswordAsArgument_IsRejectedByParser()
    {
        using var dir = new TempDirectory();
        var cli = new Cli(dir);

        var exitCode = await cli.RunAsync("", "secrets", "set", "10.0.1.5", "--password", Password);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.False(File.Exists(cli.StorePath));
    }

    [Fact]
    public async Task Set_EmptyStdin_ReturnsBadInputAndStoresNothing()
    {
        using var dir = new TempDirectory();
        var cli = new Cli(dir);

        var exitCode = await cli.RunAsync("", "secrets", "set", "10.0.1.5");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("no password on standard input", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(cli.StorePath));
    }

    [Fact]
    public async Task Set_WrongKeyFromEnvironment_ReturnsLocalFailureWithClearMessage()
    {
        using var dir = new TempDirectory();
        var cli = new Cli(dir);
        await cli.RunAsync(Password + "\n", "secrets", "set", "10.0.1.5");
        using var other = SecretsKey.Generate();
        cli.Environment[SecretsKey.EnvironmentVariable] = other.ToBase64();

        var exitCode = await cli.RunAsync("x\n", "secrets", "set", "10.0.1.6");

        Assert.Equal(ExitCodes.LocalFailure, exitCode);
        Assert.StartsWith("discover: cannot decrypt secrets store: wrong key?", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(other.ToBase64(), cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_ExistingThenMissing_OkThenBadInput()
    {
        using var dir = new TempDirectory();
        var cli = new Cli(dir);
        await cli.RunAsync(Password + "\n", "secrets", "set", "10.0.1.5");

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("", "secrets", "remove", "10.0.1.5"));
        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("", "secrets", "remove", "10.0.1.5"));
        Assert.Contains("no entry for 10.0.1.5", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(await new SecretsStore(cli.StorePath).ListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Init_CreatesKeyOnceThenReusesIt()
    {
        using var dir = new TempDirectory();
        var cli = new Cli(dir);

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("", "secrets", "init"));
        Assert.StartsWith($"created key file {cli.KeyPath}", cli.Error.ToString(), StringComparison.Ordinal);
        var keyText = await File.ReadAllTextAsync(cli.KeyPath, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("", "secrets", "init"));
        Assert.StartsWith($"using the existing key from {cli.KeyPath}", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(keyText, await File.ReadAllTextAsync(cli.KeyPath, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(keyText.Trim(), cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_ExplicitFiles_UsesThem()
    {
        using var dir = new TempDirectory();
        var cli = new Cli(dir);

        var exitCode = await cli.RunAsync(
            Password + "\n", "secrets", "--secrets-file", dir.File("s.json"), "--secrets-key-file", dir.File("k"), "set", "10.0.1.5");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.True(File.Exists(dir.File("s.json")));
        Assert.True(File.Exists(dir.File("k")));
        Assert.False(File.Exists(cli.StorePath));
    }
}

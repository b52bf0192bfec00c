using Discovery.Credentials;
using Discovery.Testing;

namespace Discovery.Credentials.Tests;

public sealed class SecretsKeyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public async Task LoadAsync_CreateMissingFile_WritesOwnerOnlyKeyAndReloadsSame()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "discover", "secrets.key");

        using var created = await SecretsKey.LoadAsync(Env(), path, create: true, Token);
        using var loaded = await SecretsKey.LoadAsync(Env(), path, create: false, Token);

        Assert.NotNull(created);
        Assert.Equal(created.KeyId, loaded?.KeyId);
        Assert.Equal(created.ToBase64() + "\n", await File.ReadAllTextAsync(path, Token));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task LoadAsync_MissingFileNoCreate_ReturnsNull()
    {
        using var dir = new TempDirectory();

        Assert.Null(await SecretsKey.LoadAsync(Env(), dir.File("secrets.key"), create: false, Token));
        Assert.False(File.Exists(dir.File("secrets.key")));
    }

    [Fact]
    public async Task LoadAsync_EnvironmentSet_WinsOverFile()
    {
        using var dir = new TempDirectory();
        using var fileKey = await SecretsKey.LoadAsync(Env(), dir.File("secrets.key"), create: true, Token);
        using var envKey = SecretsKey.Generate();

        using var loaded = await SecretsKey.LoadAsync(Env((SecretsKey.EnvironmentVariable, envKey.ToBase64())), dir.File("secrets.key"), create: true, Token);

        Assert.Equal(envKey.KeyId, loaded?.KeyId);
        Assert.NotEqual(fileKey!.KeyId, loaded?.KeyId);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void FromBase64_BadKey_ThrowsNamingOriginNotValue(string text)
    {
        var ex = Assert.Throws<CredentialException>(() => SecretsKey.FromBase64(text, SecretsKey.EnvironmentVariable));

        Assert.StartsWith("DISCOVER_SECRETS_KEY is not a 32-byte key", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(text, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ShowsKeyIdNotKey()
    {
        using var key = SecretsKey.Generate();

        Assert.Equal($"SecretsKey {key.KeyId}", key.ToString());
        Assert.DoesNotContain(key.ToBase64(), key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void KeyId_SameKey_Equal_OtherKey_Differs()
    {
        using var a = SecretsKey.Generate();
        using var same = SecretsKey.FromBase64(a.ToBase64(), "test");
        using var b = SecretsKey.Generate();

        Assert.Equal(a.KeyId, same.KeyId);
        Assert.NotEqual(a.KeyId, b.KeyId);
    }
}

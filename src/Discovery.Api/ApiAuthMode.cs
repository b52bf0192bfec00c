namespace Discovery.Api;

/// <summary>How <c>discover serve</c> guards mutations.</summary>
internal enum ApiAuthMode
{
    /// <summary>Mutations need a bearer JWT signed with the HS256 secret or a key of the JWKS file (the default).</summary>
    Jwt,

    /// <summary>Anyone who reaches the port may change the inventory; <c>serve</c> warns loudly at start.</summary>
    None,
}

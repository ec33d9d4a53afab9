namespace Activepieces.TestSupport;

/// <summary>Whether a JSON value is something we send to Activepieces or something it sends back.</summary>
public enum ContractDirection
{
    /// <summary>A request body or query the client sends (validated by the server's request schema).</summary>
    Input,

    /// <summary>A response body the server sends (validated by the response schema it serializes through).</summary>
    Output,
}

//HintName: amazon-s3.CUSTOM_AUTH
// Scaffolded by `dotnet activepieces pieces scaffold` from npm/amazon-s3.piece.json (@activepieces/piece-amazon-s3 0.3.1), auth CUSTOM_AUTH.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The Amazon S3 credentials (<c>@activepieces/piece-amazon-s3</c>, CUSTOM_AUTH "Connection").
/// </summary>
/// <remarks>
/// This piece allows you to upload files to Amazon S3 or other S3 compatible services.
///
/// Amazon S3 Settings:
/// Regions: <see href="https://docs.aws.amazon.com/general/latest/gr/s3.html">https://docs.aws.amazon.com/general/latest/gr/s3.html</see>
/// Endpoint: leave blank
/// </remarks>
[global::Activepieces.PieceAuth("@activepieces/piece-amazon-s3", global::Activepieces.AuthType.CustomAuth)]
public sealed partial record AmazonS3Connection
{
    /// <summary>Access Key ID</summary>
    /// <remarks>
    /// <para>Prop <c>accessKeyId</c>: SHORT_TEXT, required.</para>
    /// </remarks>
    public required string AccessKeyId { get; init; }

    /// <summary>Secret Access Key</summary>
    /// <remarks>
    /// <para>Prop <c>secretAccessKey</c>: SECRET_TEXT, required.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string SecretAccessKey { get; init; }

    /// <summary>Bucket</summary>
    /// <remarks>
    /// <para>Prop <c>bucket</c>: SHORT_TEXT, required.</para>
    /// </remarks>
    public required string Bucket { get; init; }

    /// <summary>Endpoint</summary>
    /// <remarks>
    /// <para>Prop <c>endpoint</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    public string? Endpoint { get; init; }

    /// <summary>Region</summary>
    /// <remarks>
    /// <para>Prop <c>region</c>: STATIC_DROPDOWN, required.</para>
    /// </remarks>
    public required AmazonS3ConnectionRegion Region { get; init; }
}

/// <summary>The options of <see cref="AmazonS3Connection.Region"/>; each carries its wire value.</summary>
public enum AmazonS3ConnectionRegion
{
    /// <summary>Default</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "us-east-1")]
    Default,

    /// <summary>US East (N. Virginia) [us-east-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "us-east-1")]
    USEastNVirginiaUsEast1,

    /// <summary>US East (Ohio) [us-east-2]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "us-east-2")]
    USEastOhioUsEast2,

    /// <summary>US West (N. California) [us-west-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "us-west-1")]
    USWestNCaliforniaUsWest1,

    /// <summary>US West (Oregon) [us-west-2]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "us-west-2")]
    USWestOregonUsWest2,

    /// <summary>Africa (Cape Town) [af-south-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "af-south-1")]
    AfricaCapeTownAfSouth1,

    /// <summary>Asia Pacific (Hong Kong) [ap-east-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ap-east-1")]
    AsiaPacificHongKongApEast1,

    /// <summary>Asia Pacific (Mumbai) [ap-south-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ap-south-1")]
    AsiaPacificMumbaiApSouth1,

    /// <summary>Asia Pacific (Osaka-Local) [ap-northeast-3]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ap-northeast-3")]
    AsiaPacificOsakaLocalApNortheast3,

    /// <summary>Asia Pacific (Seoul) [ap-northeast-2]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ap-northeast-2")]
    AsiaPacificSeoulApNortheast2,

    /// <summary>Asia Pacific (Singapore) [ap-southeast-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ap-southeast-1")]
    AsiaPacificSingaporeApSoutheast1,

    /// <summary>Asia Pacific (Sydney) [ap-southeast-2]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ap-southeast-2")]
    AsiaPacificSydneyApSoutheast2,

    /// <summary>Asia Pacific (Tokyo) [ap-northeast-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ap-northeast-1")]
    AsiaPacificTokyoApNortheast1,

    /// <summary>Canada (Central) [ca-central-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ca-central-1")]
    CanadaCentralCaCentral1,

    /// <summary>Europe (Frankfurt) [eu-central-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "eu-central-1")]
    EuropeFrankfurtEuCentral1,

    /// <summary>Europe (Ireland) [eu-west-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "eu-west-1")]
    EuropeIrelandEuWest1,

    /// <summary>Europe (London) [eu-west-2]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "eu-west-2")]
    EuropeLondonEuWest2,

    /// <summary>Europe (Milan) [eu-south-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "eu-south-1")]
    EuropeMilanEuSouth1,

    /// <summary>Europe (Paris) [eu-west-3]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "eu-west-3")]
    EuropeParisEuWest3,

    /// <summary>Europe (Stockholm) [eu-north-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "eu-north-1")]
    EuropeStockholmEuNorth1,

    /// <summary>Middle East (Bahrain) [me-south-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "me-south-1")]
    MiddleEastBahrainMeSouth1,

    /// <summary>South America (São Paulo) [sa-east-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "sa-east-1")]
    SouthAmericaSãoPauloSaEast1,

    /// <summary>Europe (Spain) [eu-south-2]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "eu-south-2")]
    EuropeSpainEuSouth2,

    /// <summary>Asia Pacific (Hyderabad) [ap-south-2]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ap-south-2")]
    AsiaPacificHyderabadApSouth2,

    /// <summary>Asia Pacific (Jakarta) [ap-southeast-3]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ap-southeast-3")]
    AsiaPacificJakartaApSoutheast3,

    /// <summary>Asia Pacific (Melbourne) [ap-southeast-4]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "ap-southeast-4")]
    AsiaPacificMelbourneApSoutheast4,

    /// <summary>China (Beijing) [cn-north-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "cn-north-1")]
    ChinaBeijingCnNorth1,

    /// <summary>China (Ningxia) [cn-northwest-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "cn-northwest-1")]
    ChinaNingxiaCnNorthwest1,

    /// <summary>Europe (Zurich) [eu-central-2]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "eu-central-2")]
    EuropeZurichEuCentral2,

    /// <summary>Middle East (UAE) [me-central-1]</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "me-central-1")]
    MiddleEastUaeMeCentral1,
}

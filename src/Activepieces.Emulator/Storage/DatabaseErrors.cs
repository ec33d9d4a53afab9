using Activepieces.Emulator.Http;

namespace Activepieces.Emulator.Storage;

/// <summary>
/// The errors the server's database layer raises and no handler maps, so that the server answers them as an unhandled
/// 500 with the Postgres or TypeORM text.
/// </summary>
internal static class DatabaseErrors
{
    /// <summary>Postgres' SQLSTATE <c>unique_violation</c>.</summary>
    public const string UniqueViolationCode = "23505";

    /// <summary>A unique index refused an insert or update (Postgres <c>23505</c>).</summary>
    /// <param name="constraint">The index, e.g. <c>idx_project_platform_id_external_id</c>.</param>
    public static ApiErrorException UniqueViolation(string constraint) =>
        ApiErrors.Internal($"duplicate key value violates unique constraint \"{constraint}\"", UniqueViolationCode);

    /// <summary>TypeORM's <c>EntityNotFoundError</c> of a <c>findOneByOrFail</c>.</summary>
    /// <param name="entity">The entity class, e.g. <c>AppConnectionEntity</c>.</param>
    /// <param name="criteriaJson">The criteria as TypeORM prints them, e.g. <c>{ "id": "…" }</c>.</param>
    public static ApiErrorException EntityNotFound(string entity, string criteriaJson) =>
        ApiErrors.Internal($"Could not find any entity of type \"{entity}\" matching: {criteriaJson}");
}

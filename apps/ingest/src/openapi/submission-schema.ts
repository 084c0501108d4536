import articleSubmissionSchema from '../../../../schemas/http/article-submission.schema.json';

/**
 * A committed JSON Schema document as an OpenAPI component (3.1 components are 2020-12 schemas without their own
 * $schema/$id).
 */
function withoutDocumentKeys(doc: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _dialect, $id: _id, title: _title, ...schema } = doc;
  return schema;
}

/**
 * The project JSON body: the ArticleSubmission contract plus `bodyHtml`, which
 * the project-JSON reader turns into `body` + `text/html` before validation.
 */
export function projectJsonSubmission(): Record<string, unknown> {
  const schema = withoutDocumentKeys(articleSubmissionSchema) as {
    required: string[];
    properties: Record<string, unknown>;
  };
  return {
    ...schema,
    required: schema.required.filter((name) => name !== 'body'),
    description:
      'body (or bodyHtml) is required; externalId or url is required, and every version of a story carries ' +
      'the same one.',
    properties: {
      ...schema.properties,
      bodyHtml: {
        type: 'string',
        minLength: 1,
        description: 'The body as HTML: instead of body and contentType, not beside them',
      },
    },
    oneOf: [{ required: ['body'] }, { required: ['bodyHtml'] }],
    dependentSchemas: { bodyHtml: { not: { anyOf: [{ required: ['body'] }, { required: ['contentType'] }] } } },
  };
}

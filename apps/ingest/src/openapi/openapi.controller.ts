import { Controller, Get } from '@nestjs/common';
import { ingestOpenApiDocument } from './ingest-openapi';

@Controller('v1')
export class OpenApiController {
  private readonly document = ingestOpenApiDocument();

  @Get('openapi.json')
  openapi() {
    return this.document;
  }
}

import { Controller, Get } from '@nestjs/common';
import { storeOpenApiDocument } from './openapi';

@Controller('v1')
export class OpenApiController {
  private readonly document = storeOpenApiDocument();

  @Get('openapi.json')
  openapi() {
    return this.document;
  }
}

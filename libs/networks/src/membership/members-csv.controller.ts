import { Controller, Get, Header, Param, ParseUUIDPipe, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser } from '@mreza/shared/auth';
import { BadInputError } from '@mreza/shared/graphql';
import { toCsv } from '../http/csv';
import { DomainErrorFilter } from '../http/domain-error.filter';
import { MemberDirectoryService } from './member-directory.service';

const HEADER = ['name', 'organisation', 'position', 'role', 'joined'];

/** The member list of a network as a spreadsheet, for coordinators (meeting logistics). */
@Controller('networks')
@UseFilters(DomainErrorFilter)
export class MembersCsvController {
  constructor(private readonly directory: MemberDirectoryService) {}

  @Get(':id/members.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  async export(
    @CurrentUser() viewer: AuthUser,
    @Param(
      'id',
      new ParseUUIDPipe({ exceptionFactory: () => new BadInputError('id is not a valid id') }),
    )
    networkId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { network, members } = await this.directory.exportMembers(viewer, networkId);
    response.setHeader('content-disposition', `attachment; filename="${network.slug}-members.csv"`);
    return toCsv(
      HEADER,
      members.map((member) => [
        member.displayName,
        member.organisationId,
        member.position,
        member.role,
        member.joinedAt.toISOString().slice(0, 10),
      ]),
    );
  }
}

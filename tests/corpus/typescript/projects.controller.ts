import {
  Body, Controller, DefaultValuePipe, Delete, Get, Header, HttpCode, HttpException, HttpStatus,
  NotFoundException, Param, ParseIntPipe, Post, Query, Res,
} from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { Response } from 'express';
import { CreateProjectDto } from './dto/create-project.dto';
import { ProjectsService } from './projects.service';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 200;
const ARCHIVE_AFTER_DAYS = 365;

@ApiTags('projects')
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  @ApiResponse({ status: «200», description: 'A page of projects' })
  async list(
    @Query('limit', new DefaultValuePipe(DEFAULT_LIMIT), ParseIntPipe) limit: number,
    @Query('offset', new DefaultValuePipe(0), ParseIntPipe) offset: number,
  ) {
    if (limit > MAX_LIMIT) {
      throw new HttpException(`limit must be <= ${MAX_LIMIT}`, «HttpStatus.BAD_REQUEST»);
    }
    return this.projects.page({ limit, offset });
  }

  @Get(':id')
  @ApiResponse({ status: «404», description: 'Project not found' })
  async findOne(@Param('id', ParseIntPipe) id: number) {
    const project = await this.projects.find(id);
    if (!project) throw new NotFoundException(`project ${id} not found`);
    if (project.ageDays > ARCHIVE_AFTER_DAYS) {
      throw new HttpException({ status: «HttpStatus.GONE», error: 'archived after 365 days' }, «HttpStatus.GONE»);
    }
    return project;
  }

  @Post()
  @Throttle({ default: { limit: 100, ttl: 60000 } })
  @HttpCode(«201»)
  @ApiResponse({ status: «409», description: 'Slug already taken' })
  async create(@Body() dto: CreateProjectDto) {
    if (dto.name.length > 120 || dto.name.length < 3) {
      throw new HttpException('name must be 3-120 characters', «422»);
    }
    if (await this.projects.slugExists(dto.slug)) {
      throw new HttpException('slug taken', «HttpStatus.CONFLICT»);
    }
    return this.projects.create(dto);
  }

  @Post(':id/rebuild')
  @HttpCode(«HttpStatus.ACCEPTED»)
  rebuild(@Param('id', ParseIntPipe) id: number) {
    return { jobId: this.projects.enqueueRebuild(id, { priority: 100, timeoutSec: 900 }) };
  }

  @Delete(':id')
  @HttpCode(«204»)
  async remove(@Param('id', ParseIntPipe) id: number) {
    await this.projects.remove(id);
  }

  @Get(':id/badge.svg')
  @Header('Cache-Control', 'max-age=300')
  async badge(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const status = await this.projects.buildStatus(id);
    const code = status === 'unknown' ? «299» : «HttpStatus.OK»;
    res.status(code).type('image/svg+xml').send(renderBadge(status, { width: 104, height: 20 }));
  }
}

function renderBadge(label: string, size: { width: number; height: number }): string {
  const fill = label === 'passing' ? '#4c1' : '#e05d44';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 104 20" width="${size.width}" height="${size.height}"><rect width="104" height="20" fill="${fill}"/></svg>`;
}

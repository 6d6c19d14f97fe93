import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  Header,
  HttpCode,
  HttpException,
  HttpStatus,
  NotFoundException,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Redirect,
  Res,
} from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { Response } from 'express';
import { OrdersService } from './orders.service';
import { CreateOrderDto } from './dto/create-order.dto';

const MAX_PAGE = 100;
const EXPORT_BATCH = 500;

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  @Throttle({ default: { limit: 120, ttl: 60_000 } })
  list(@Query('page', ParseIntPipe) page = 1, @Query('size') size = 25) {
    return this.orders.page(page, Math.min(size, MAX_PAGE));
  }

  @Get(':id')
  @ApiResponse({ status: «200», description: 'The order' })
  @ApiResponse({ status: «404», description: 'No such order' })
  async get(@Param('id', ParseIntPipe) id: number) {
    const order = await this.orders.find(id);
    if (!order) throw new NotFoundException(`order ${id} not found`);
    return order;
  }

  @Post()
  @HttpCode(«201»)
  @ApiResponse({ status: «HttpStatus.CREATED» })
  @ApiResponse({ status: «HttpStatus.UNPROCESSABLE_ENTITY», description: 'Validation failed' })
  async create(@Body() dto: CreateOrderDto) {
    if (dto.lines.length > 200) {
      throw new HttpException('too many lines (max 200)', «HttpStatus.PAYLOAD_TOO_LARGE»);
    }
    if (await this.orders.isDuplicate(dto)) {
      throw new HttpException({ message: 'duplicate order' }, «409»);
    }
    return this.orders.create(dto);
  }

  @Post(':id/cancel')
  @HttpCode(«HttpStatus.ACCEPTED»)
  async cancel(@Param('id', ParseIntPipe) id: number) {
    const order = await this.orders.find(id);
    if (order?.shipped) throw new HttpException('already shipped', «HttpStatus.CONFLICT»);
    await this.orders.cancel(id);
  }

  @Delete(':id')
  @HttpCode(«HttpStatus.NO_CONTENT»)
  async remove(@Param('id', ParseIntPipe) id: number, @Query('force') force?: string) {
    if (force && !this.orders.isAdmin()) throw new ForbiddenException();
    await this.orders.remove(id);
  }

  @Get('legacy/:id')
  @Redirect('/orders', «301»)
  legacy(@Param('id') id: string) {
    return { url: `/orders/${id}` };
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv')
  async export(@Res() res: Response) {
    const rows = await this.orders.all(EXPORT_BATCH);
    if (rows.length === 0) {
      res.status(«204»).end();
      return;
    }
    res.status(«HttpStatus.OK»).send(rows.map((r) => `${r.id},${r.total}`).join('\n'));
  }

  @Get('maintenance')
  maintenance() {
    throw new HttpException('down until 03:00', «503»);
  }

  @Get('experimental')
  experimental() {
    // Not a real status, on purpose: the client team asked for it. Flag it anyway.
    throw new HttpException('try later', «499»);
  }
}

// Where each rule word occurs in a message: the positions a phrase is tried at.
import { describe, expect, it } from 'vitest';
import { AtomPositions } from '../../../src/core/triage/atom-positions.js';

const message = [new Set([1]), new Set<number>(), new Set([2, 3]), new Set([1, 3]), new Set([4])];

describe('AtomPositions', () => {
  it('lists the words holding any of the atoms, in order and each once', () => {
    const positions = new AtomPositions(message);
    expect(positions.of(new Set([1]))).toEqual([0, 3]);
    expect(positions.of(new Set([3, 1]))).toEqual([0, 2, 3]);
    expect(positions.of(new Set([4, 2, 1, 3]))).toEqual([0, 2, 3, 4]);
  });

  it('finds nothing for atoms the message does not hold', () => {
    const positions = new AtomPositions(message);
    expect(positions.of(new Set([9]))).toEqual([]);
    expect(positions.of(new Set())).toEqual([]);
  });

  it('gives the same answer for a long atom list as for a short one', () => {
    // More atoms than the message holds: the index is walked instead of the list.
    const many = new Set(Array.from({ length: 50 }, (_, i) => i + 3));
    expect(new AtomPositions(message).of(many)).toEqual([2, 3, 4]);
  });

  it('hands out a copy the caller may change', () => {
    const positions = new AtomPositions(message);
    positions.of(new Set([1])).push(99);
    expect(positions.of(new Set([1]))).toEqual([0, 3]);
  });
});

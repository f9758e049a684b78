import { thumbnailSize } from './pdf-thumbnail';

const BOUNDS = { maxWidth: 320, maxHeight: 480 };

describe('thumbnailSize', () => {
  it('fits an A4 page to 320 pixels wide, in proportion', () => {
    expect(thumbnailSize(595, 842, BOUNDS)).toEqual({
      width: 320,
      height: 453,
      scale: 320 / 595,
    });
  });

  it('fits a landscape page to the width and a tall page to the height', () => {
    expect(thumbnailSize(842, 595, BOUNDS)).toMatchObject({ width: 320, height: 226 });
    expect(thumbnailSize(300, 1200, BOUNDS)).toMatchObject({ width: 120, height: 480 });
  });

  it('enlarges a small page to fit', () => {
    expect(thumbnailSize(100, 100, BOUNDS)).toEqual({ width: 320, height: 320, scale: 3.2 });
  });

  it('keeps a hostile page size within the bounds, and at least a pixel each way', () => {
    for (const [width, height] of [
      [14_400, 14_400],
      [1e9, 1],
      [1, 1e9],
      [1e-9, 1e-9],
      [Number.MAX_VALUE, Number.MAX_VALUE],
      [Number.MIN_VALUE, 1],
    ]) {
      const size = thumbnailSize(width, height, BOUNDS);
      expect(size).not.toBeNull();
      expect(size!.width).toBeGreaterThanOrEqual(1);
      expect(size!.width).toBeLessThanOrEqual(320);
      expect(size!.height).toBeGreaterThanOrEqual(1);
      expect(size!.height).toBeLessThanOrEqual(480);
    }
  });

  it('answers null for a size that is no positive finite number', () => {
    for (const [width, height] of [
      [0, 842],
      [595, -1],
      [Number.NaN, 842],
      [595, Number.POSITIVE_INFINITY],
    ]) {
      expect(thumbnailSize(width, height, BOUNDS)).toBeNull();
    }
  });
});

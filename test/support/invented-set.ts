/** A criteria set for an invented province: three levels, KAD rows, a bonus and a penalty field, percent bands. */
import type { CriteriaSetJson } from '../../src/engine/set-model';

export const INVENTED_SET: CriteriaSetJson = {
  id: 'son-ha-xa-2025',
  version: '2025.1',
  name: 'Bộ chỉ số CCHC cấp xã tỉnh Sơn Hà (giả định, dùng thử)',
  province: 'Sơn Hà',
  level: 'xa',
  assessmentYear: 2025,
  decision: { number: '77/QĐ-UBND', date: '08/09/2025', issuer: 'UBND tỉnh Sơn Hà' },
  total: 20,
  fields: [
    {
      code: '1',
      name: 'Công tác chỉ đạo, điều hành CCHC',
      max: 8,
      criteria: [
        {
          code: '1.1',
          name: 'Kế hoạch CCHC năm',
          max: 3,
          subCriteria: [
            {
              code: '1.1.1',
              name: 'Ban hành kế hoạch đúng hạn',
              max: 1,
              tasks: 'Ban hành trước 31/12',
              unit: 'Văn phòng HĐND và UBND',
            },
            {
              code: '1.1.2',
              name: 'Mức độ thực hiện kế hoạch',
              max: 2,
              tasks: 'Theo dõi hằng quý',
              unit: 'Văn phòng HĐND và UBND',
            },
          ],
        },
        {
          code: '1.2',
          name: 'Tuyên truyền CCHC',
          max: 2,
          naAllowed: true,
          tasks: 'Chuyên mục trên đài truyền thanh',
          unit: 'Phòng Văn hóa - Xã hội',
        },
        { code: '1.3', name: 'Sáng kiến CCHC', max: 3, tasks: '', unit: '' },
      ],
    },
    {
      code: '2',
      name: 'Cải cách thủ tục hành chính',
      max: 12,
      criteria: [
        {
          code: '2.1',
          name: 'Giải quyết hồ sơ đúng hạn',
          max: 8,
          subCriteria: [
            {
              code: '2.1.1',
              name: 'Tỷ lệ hồ sơ đúng hạn',
              max: 6,
              unit: 'Trung tâm Phục vụ hành chính công',
            },
            {
              code: '2.1.2',
              name: 'Xin lỗi khi trễ hạn',
              max: 2,
              naAllowed: true,
              unit: 'Trung tâm Phục vụ hành chính công',
            },
          ],
        },
        { code: '2.2', name: 'Số hóa kết quả giải quyết TTHC', max: 4, unit: 'Phòng Kinh tế' },
      ],
    },
    {
      code: '3',
      name: 'Điểm thưởng',
      max: 2,
      kind: 'bonus',
      criteria: [{ code: '3.1', name: 'Được tỉnh khen thưởng về CCHC', max: 2, kind: 'bonus' }],
    },
    {
      code: '4',
      name: 'Điểm trừ',
      max: 3,
      kind: 'penalty',
      criteria: [{ code: '4.1', name: 'Để xảy ra hồ sơ trễ hạn không xin lỗi', max: 3, kind: 'penalty' }],
    },
  ],
  scale: {
    basis: 'percent',
    confirmed: true,
    note: 'Giả định để thử.',
    bands: [
      { name: 'Xuất sắc', min: 90, max: 100 },
      { name: 'Tốt', min: 80, max: 90 },
      { name: 'Khá', min: 65, max: 80 },
      { name: 'Trung bình', min: 50, max: 65 },
      { name: 'Yếu', min: 0, max: 50 },
    ],
  },
  units: [
    'Văn phòng HĐND và UBND',
    'Phòng Kinh tế',
    'Phòng Văn hóa - Xã hội',
    'Trung tâm Phục vụ hành chính công',
  ],
  notes: ['Bộ chỉ số giả định, chỉ để thử phần mềm.'],
};
